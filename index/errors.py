"""The index problems a user can act on, shared by the write side, the search and the web UI."""


class KabarIndexError(Exception):
    """Base for index problems that a user can act on; the message says what to do."""


class IndexMissing(KabarIndexError):
    pass


class IndexOutdated(KabarIndexError):
    pass


class IndexBusy(KabarIndexError):
    pass
