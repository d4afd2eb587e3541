"""Entry point: `python -m service COMMAND`."""
from service.cli import main

if __name__ == "__main__":
    main()
