# syntax=docker/dockerfile:1
# Build stage: install the package and its dependencies into a virtual environment.
FROM python:3.11-slim AS build
WORKDIR /app
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
COPY pyproject.toml README.md ./
COPY service ./service
RUN pip install --no-cache-dir .

# Run stage: the virtual environment, the seeds and gunicorn's settings, as a non-root user.
FROM python:3.11-slim
RUN useradd --create-home --uid 10001 newsclaims
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
COPY seeds ./seeds
COPY gunicorn.conf.py ./
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    NEWSCLAIMS_HOST=0.0.0.0 \
    NEWSCLAIMS_PORT=8000 \
    NEWSCLAIMS_SEEDS_DIR=/app/seeds \
    DATABASE_URL=sqlite:////app/data/newsclaims.db
RUN mkdir -p /app/data && chown newsclaims /app/data
USER newsclaims
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4).status == 200 else 1)"
# The same command the README runs.
CMD ["python", "-m", "service", "serve"]
