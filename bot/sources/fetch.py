"""HTTP for sources: conditional GET (ETag / Last-Modified, 304 respected), a timeout, a size
cap on the decoded body (so a decompression bomb stops at the cap too), a clear User-Agent, a
few requests per host at a time, and no requests to loopback or private addresses unless
allowed: checked for the URL and again for every redirect."""
from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from .. import __version__

USER_AGENT = f"newsbot/{__version__} (news alerts bot; polls feeds politely, honours 304)"
MAX_BYTES = 5_000_000
TIMEOUT = 15.0
MAX_REDIRECTS = 5
PER_HOST = 2


class FetchError(Exception):
    """A fetch that failed; the message says why, in a line."""


@dataclass
class Response:
    url: str
    status: int
    body: bytes
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class Fetcher:
    def __init__(self, allow_private: bool = False, max_bytes: int = MAX_BYTES, timeout: float = TIMEOUT):
        self.allow_private = allow_private
        self.max_bytes = max_bytes
        self.client = httpx.AsyncClient(timeout=httpx.Timeout(timeout), follow_redirects=False,
                                        headers={"User-Agent": USER_AGENT}, trust_env=False)
        self._hosts: dict[str, asyncio.Semaphore] = defaultdict(lambda: asyncio.Semaphore(PER_HOST))

    async def close(self) -> None:
        await self.client.aclose()

    async def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        for _ in range(MAX_REDIRECTS + 1):
            await self.check_url(url)
            host = urlsplit(url).netloc
            async with self._hosts[host]:
                try:
                    response = await self._get_once(url, headers)
                except httpx.TimeoutException:
                    raise FetchError(f"timed out after {self.client.timeout.read:.0f} s") from None
                except httpx.HTTPError as exc:
                    raise FetchError(f"{type(exc).__name__}: {exc}") from None
            if response.status in (301, 302, 303, 307, 308) and response.url:
                url = response.url
                continue
            if response.status >= 400:
                raise FetchError(f"HTTP {response.status}")
            return response
        raise FetchError(f"more than {MAX_REDIRECTS} redirects")

    async def _get_once(self, url: str, headers: dict) -> Response:
        async with self.client.stream("GET", url, headers=headers) as r:
            if r.is_redirect:
                return Response(urljoin(url, r.headers.get("location", "")), r.status_code, b"", None, None)
            declared = r.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise FetchError(f"response larger than {self.max_bytes} bytes ({declared})")
            chunks, size = [], 0
            async for chunk in r.aiter_bytes():  # decoded: a gzip bomb hits the cap as it inflates
                size += len(chunk)
                if size > self.max_bytes:
                    raise FetchError(f"response larger than {self.max_bytes} bytes")
                chunks.append(chunk)
            return Response(url, r.status_code, b"".join(chunks), r.headers.get("etag"), r.headers.get("last-modified"))

    async def check_url(self, url: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(f"not an http(s) URL: {url[:200]}")
        if self.allow_private:
            return
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(parts.hostname, parts.port or 443,
                                                                 type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise FetchError(f"cannot resolve {parts.hostname}: {exc.strerror}") from None
        for info in infos:
            ip = ipaddress.ip_address(info[4][0].split("%")[0])
            if not ip.is_global:
                raise FetchError(f"{parts.hostname} is a private or loopback address ({ip}); "
                                 "set allow_private_sources to poll it")
