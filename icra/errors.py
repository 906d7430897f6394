"""Errors a user may cause. Each carries a message fit to show as it is: the CLI
prints it on one line, the web shows it on the page; neither shows a traceback."""


class IcraError(Exception):
    """Something the user can fix: bad input, a missing record, a refused action."""


class InputError(IcraError):
    """A file or value İcra cannot read or accept (broken .docx, empty file, bad date)."""


class NotFound(IcraError):
    """A record named by the user does not exist."""


class PermissionDenied(IcraError):
    """The user may not see or change this record."""
