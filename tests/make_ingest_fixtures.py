"""Regenerate the malformed-input set in ``bad/`` (run from anywhere).

The files are committed; this script documents how each was made.
"""

from __future__ import annotations

import io
import json
import struct
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent / "data" / "ingest" / "bad"

RU_TEXT = (
    "Ночью в районе станции было тихо, сообщили местные жители.\n\n"
    "Утром на рынке снова открылись прилавки, а автобусы пошли по обычному расписанию. "
    "Чиновники пообещали, что вода в домах появится до конца недели.\n"
)
RU_TEXT_2 = (
    "Областная администрация сообщила о ремонте моста через реку.\n\n"
    "По словам инженеров, движение грузовиков откроют только после проверки опор, "
    "а легковые машины смогут проехать уже в пятницу.\n"
)


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00\x00")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def _warc() -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    pages = [
        (
            "https://harbour-news.example/2025/05/06/pier/",
            "The new pier opened to fishing boats on Tuesday, the harbour master said.",
        ),
        (
            "https://harbour-news.example/2025/05/07/storm/",
            "A storm closed the harbour for most of Wednesday, and ferries stayed in port.",
        ),
        (
            "https://harbour-news.example/2025/05/08/market/",
            "The fish market reopened on Thursday after a week of repairs to its roof.",
        ),
    ]
    for url, sentence in pages:
        html = (
            "<html><head><title>Harbour</title></head><body><article>"
            f"<p>{sentence}</p></article></body></html>"
        )
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(html.encode()), http_headers=headers
        )
        writer.write_record(record)
    data = buf.getvalue()
    # Corrupt the second record's version line so that warcio cannot parse it.
    second = data.index(b"WARC/1.", 1)
    return data[:second] + b"WARQ/9.9" + data[second + 8 :]


def main() -> None:
    HERE.mkdir(exist_ok=True)
    (HERE / "picture.png").write_bytes(_png())
    (HERE / "empty.txt").write_bytes(b"")
    (HERE / "blank.txt").write_bytes(b"  \n\n\t \n")
    (HERE / "nul-bytes.txt").write_bytes(b"abc\x00\x01\x02\x03def\x00\xff\xfe\x00" * 20)
    (HERE / "ru-cp1251.txt").write_bytes(RU_TEXT.encode("cp1251"))
    (HERE / "ru-koi8r.txt").write_bytes(RU_TEXT_2.encode("koi8-r"))
    good = {
        "id": "jl-good-1",
        "url": "https://example.org/2025/01/02/a",
        "outlet": "Example",
        "published": "2025-01-02",
        "title": "A good line",
        "text": "The bakery on the corner reopened after the power came back.",
        "editor": "K. L.",
    }
    good2 = {
        "id": "jl-good-2",
        "text": "Buses ran on time again on Monday, the city said.",
        "language": "en",
    }
    no_text = {"id": "jl-no-text", "title": "A line with no body"}
    lines = [
        json.dumps(good),
        '{"id": "jl-broken", "text": "unterminated',
        json.dumps(no_text),
        "[1, 2, 3]",
        json.dumps(good2),
    ]
    (HERE / "mixed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    html = (
        "<html><head><title>Half a page</title></head><body><article><p>The library reopened its "
        "reading room on Monday and volunteers handed out blankets to visitors.</p><p>Staff said "
        "the heating would be fixed by the end of the mon"
    )
    (HERE / "truncated.html").write_text(html, encoding="utf-8")
    (HERE / "no-text.html").write_text(
        "<html><head><title>x</title></head><body><div></div></body></html>"
    )
    (HERE / "broken.warc").write_bytes(_warc())


if __name__ == "__main__":
    main()
