"""Domain errors the store raises; service.errors turns them into problem responses."""


class StoreError(Exception):
    """Base of the store's errors; `status` is the HTTP status it maps to."""

    status = 400


class Conflict(StoreError):
    """The write clashes with stored data (e.g. a URL already used by another article)."""

    status = 409
