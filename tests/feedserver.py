"""A local news site on 127.0.0.1 for source tests: RSS and Atom feeds with ETag support,
article pages, a listing page, and broken endpoints (malformed XML, a hang, an oversized body,
a 500). Articles come from ../shared/corpus when it is there, else from the project's fixtures."""
from __future__ import annotations

import asyncio
import hashlib
import json
from collections import Counter
from html import escape

from aiohttp import web

from conftest import FIXTURES, SHARED_CORPUS


def sample_articles(n: int = 6) -> list[dict]:
    """Real-shaped articles: {slug, title, date, paragraphs}."""
    records = []
    path = SHARED_CORPUS / "articles.jsonl"
    if path.exists():
        with path.open(encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                if rec.get("title_source") == "original" and len(rec["text"]) > 1500:
                    records.append(rec)
                if len(records) >= n:
                    break
    else:
        for line in (FIXTURES / "articles.jsonl").read_text(encoding="utf-8").splitlines():
            try:
                rec = json.loads(line)
            except ValueError:
                continue
            if rec.get("text"):
                records.append(rec)
        seed = (FIXTURES / "seed-article.txt").read_text(encoding="utf-8").split("\n\n")
        records.append({"title": seed[1].strip(), "date": "2023-02-07", "text": "\n\n".join(seed[3:9])})
        while len(records) < n:  # vary the fixtures so that no two texts are the same
            base = records[len(records) % 3]
            records.append({**base, "title": base["title"] + f" (phần {len(records)})",
                            "text": base["text"] + f"\n\nĐoạn bổ sung số {len(records)} cho bài viết này."})
    out = []
    for k, rec in enumerate(records[:n]):
        out.append({"slug": f"bai-{k}", "title": rec["title"], "date": rec.get("date") or "2024-01-01",
                    "paragraphs": [p for p in rec["text"].split("\n\n") if p.strip()]})
    return out


def article_page(a: dict, url: str) -> str:
    body = "".join(f"<p>{escape(p)}</p>" for p in a["paragraphs"])
    return (f"<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>{escape(a['title'])}</title>"
            f"<meta property='og:title' content='{escape(a['title'])}'>"
            f"<link rel='canonical' href='{url}'>"
            f"<meta property='article:published_time' content='{a['date']}T08:00:00+07:00'></head>"
            f"<body><nav>Trang chủ | Thời sự</nav><article><h1>{escape(a['title'])}</h1>{body}</article>"
            f"<footer>Bản quyền</footer></body></html>")


class NewsSite:
    def __init__(self):
        self.entries: list[dict] = []  # {"guid", "link", "title", "date", "summary_only", "article"}
        self.pages: dict[str, dict] = {}  # path -> article
        self.hits: Counter = Counter()
        self.hang_seconds = 30.0
        self.big_bytes = 200_000
        self.base = ""
        self.runner: web.AppRunner | None = None

    async def start(self) -> str:
        app = web.Application()
        app.router.add_get("/rss.xml", self.rss)
        app.router.add_get("/atom.xml", self.atom)
        app.router.add_get("/listing.html", self.listing)
        app.router.add_get("/bai/{slug}.html", self.page)
        app.router.add_get("/broken.xml", self.broken)
        app.router.add_get("/hang.xml", self.hang)
        app.router.add_get("/big.xml", self.big)
        app.router.add_get("/error.xml", self.error)
        app.router.add_get("/gzip-bomb.xml", self.gzip_bomb)
        app.router.add_get("/mislabelled.xml", self.mislabelled)
        app.router.add_get("/redirect-to-metadata", self.redirect)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.base = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"
        return self.base

    async def stop(self) -> None:
        if self.runner:
            await self.runner.cleanup()

    # -- content ---------------------------------------------------------------------------
    def publish(self, article: dict, guid: str | None = None, slug: str | None = None, summary_only: bool = False) -> dict:
        slug = slug or article["slug"]
        link = f"{self.base}/bai/{slug}.html"
        self.pages[f"/bai/{slug}.html"] = article
        entry = {"guid": guid or f"urn:bai:{slug}", "link": link, "title": article["title"], "date": article["date"],
                 "summary_only": summary_only, "article": article}
        self.entries.insert(0, entry)
        return entry

    def _rss(self) -> str:
        items = []
        for e in self.entries:
            a = e["article"]
            text = a["paragraphs"][0][:150] if e["summary_only"] else "".join(f"<p>{escape(p)}</p>" for p in a["paragraphs"])
            items.append(f"<item><title>{escape(e['title'])}</title><link>{e['link']}</link>"
                         f"<guid isPermaLink='false'>{e['guid']}</guid><pubDate>{_rfc822(e['date'])}</pubDate>"
                         f"<description>{escape(text)}</description></item>")
        return ("<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Trang tin thử</title>"
                f"<link>{self.base}/</link><description>thử</description>{''.join(items)}</channel></rss>")

    # -- handlers --------------------------------------------------------------------------
    async def rss(self, request: web.Request) -> web.Response:
        self.hits["/rss.xml"] += 1
        body = self._rss()
        etag = '"' + hashlib.sha1(body.encode()).hexdigest()[:16] + '"'
        if request.headers.get("If-None-Match") == etag:
            self.hits["304"] += 1
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(text=body, content_type="application/rss+xml", headers={"ETag": etag})

    async def atom(self, request: web.Request) -> web.Response:
        self.hits["/atom.xml"] += 1
        entries = "".join(
            f"<entry><title>{escape(e['title'])}</title><id>{e['guid']}</id><link href='{e['link']}'/>"
            f"<updated>{e['date']}T08:00:00Z</updated><content type='html'>"
            f"{escape(''.join(f'<p>{escape(p)}</p>' for p in e['article']['paragraphs']))}</content></entry>"
            for e in self.entries)
        return web.Response(text=f"<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
                                 f"<title>Atom thử</title><id>urn:atom</id><updated>2024-01-01T00:00:00Z</updated>"
                                 f"{entries}</feed>", content_type="application/atom+xml")

    async def listing(self, request: web.Request) -> web.Response:
        self.hits["/listing.html"] += 1
        links = "".join(f"<li><a href='{path}'>{escape(a['title'])}</a></li>" for path, a in self.pages.items())
        return web.Response(text=f"<html><body><a href='/lien-he'>Liên hệ</a><ul>{links}</ul></body></html>",
                            content_type="text/html")

    async def page(self, request: web.Request) -> web.Response:
        self.hits[request.path] += 1
        article = self.pages.get(request.path)
        if article is None:
            raise web.HTTPNotFound()
        return web.Response(text=article_page(article, f"{self.base}{request.path}"), content_type="text/html")

    async def broken(self, request: web.Request) -> web.Response:
        self.hits["/broken.xml"] += 1
        return web.Response(text="<?xml version='1.0'?><rss><channel><item><title>Cắt ngang", content_type="application/rss+xml")

    async def hang(self, request: web.Request) -> web.Response:
        self.hits["/hang.xml"] += 1
        await asyncio.sleep(self.hang_seconds)
        return web.Response(text="late")

    async def big(self, request: web.Request) -> web.Response:
        self.hits["/big.xml"] += 1
        return web.Response(text="<rss>" + "x" * self.big_bytes + "</rss>", content_type="application/rss+xml")

    async def gzip_bomb(self, request: web.Request) -> web.Response:
        """200 MB of XML that travels as 200 KB of gzip."""
        import zlib

        self.hits["/gzip-bomb.xml"] += 1
        packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: gzip framing
        body = packer.compress(b"<rss>") + packer.compress(b" " * 200_000_000) + packer.flush()
        return web.Response(body=body, headers={"Content-Encoding": "gzip", "Content-Type": "application/rss+xml"})

    async def mislabelled(self, request: web.Request) -> web.Response:
        """Declares UTF-8, is windows-1258: read as declared it would be mojibake."""
        self.hits["/mislabelled.xml"] += 1
        xml = ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Báo</title>"
               "<item><title>Quân đội tăng cường</title><description>Thương binh được chăm lo.</description>"
               "<link>http://example.org/x</link></item></channel></rss>")
        return web.Response(body=encode_cp1258(xml), content_type="application/rss+xml")

    async def error(self, request: web.Request) -> web.Response:
        self.hits["/error.xml"] += 1
        return web.Response(status=500, text="boom")

    async def redirect(self, request: web.Request) -> web.Response:
        raise web.HTTPFound("http://169.254.169.254/latest/meta-data/")


def encode_cp1258(text: str) -> bytes:
    """windows-1258 spells most toned letters as a base letter plus a combining tone mark."""
    import unicodedata

    out = b""
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", ch)
            for mark in marks:  # fold the vowel's own mark (â, ơ, ư, ...) into the base letter
                letter = unicodedata.normalize("NFC", base + mark)
                if len(letter) == 1 and letter.encode("cp1258", "ignore"):
                    base, marks = letter, [m for m in marks if m != mark]
                    break
            out += (base + "".join(marks)).encode("cp1258")
    return out


def _rfc822(date: str) -> str:
    import datetime as dt

    d = dt.date.fromisoformat(date)
    return d.strftime("%a, %d %b %Y 08:00:00 +0700")
