"""News sources polled on a schedule: RSS/Atom feeds, listing pages, a watched folder.

    config.py   what a source is; sources from config.yaml and from the state
    fetch.py    HTTP: conditional GET, timeouts, size cap, User-Agent, per-host limits, no SSRF
    poller.py   one poll of one source -> articles through the normal import, dedup, backoff
"""
