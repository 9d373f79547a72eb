"""A small multilingual lexicon of page-furniture cues, and the tests built on it.

These are the generic words web pages use around an article (related links,
share buttons, app and newsletter prompts, credits), in the languages the
default configuration reads.  They are data: extend the sets, not the code.
"""

from __future__ import annotations

import re

from claimline.nlp.rx_screen import fold, might_match

# Headings that introduce a block of links to other articles.
RELATED_HEADINGS = frozenset(
    """
    related|related articles|related article|related stories|related news|related content
    related coverage|related posts|related topics|related reading|more stories|more news
    more on this story|more on this topic|more on this|read also|read more|see also|also read
    you may also like|you might also like|you may be interested in|recommended
    recommended for you|recommended stories|recommended articles|most read|most popular
    popular stories|popular now|trending|trending now|trending stories|top stories
    latest stories|other news|further reading|what to read next|read next|don't miss
    must read|editor's picks|more in this section|more like this|latest posts|recent posts
    related reads|see more|you may have missed
    читайте также|читайте тоже|смотрите также|по теме|новости по теме|материалы по теме
    похожие новости|похожие материалы|рекомендуем|самое читаемое|популярное|другие новости
    ещё по теме|еще по теме|вам может быть интересно|читать также
    читайте також|дивіться також|по темі|новини по темі|схожі новини|схожі матеріали
    рекомендуємо|найпопулярніше|інші новини|більше новин|вас може зацікавити|читати також
    mehr zum thema|lesen sie auch|das könnte sie auch interessieren|weitere artikel
    verwandte artikel|meistgelesen|siehe auch
    à lire aussi|lire aussi|sur le même sujet|articles similaires|voir aussi|les plus lus
    noticias relacionadas|artículos relacionados|lea también|lee también|te puede interesar
    también te puede interesar|lo más leído|más noticias|ver también
    leggi anche|articoli correlati|potrebbe interessarti|i più letti|vedi anche
    czytaj też|czytaj także|zobacz też|zobacz także|powiązane artykuły|najczęściej czytane
    """.strip()
    .replace("\n", "|")
    .split("|")
)
RELATED_HEADINGS = frozenset(h.strip() for h in RELATED_HEADINGS if h.strip())
_RELATED_PREFIXES = ("more from ", "more stories from ", "more news from ", "ещё из ", "більше з ")

# Leading labels ("SEE ALSO: ...") and what kind of furniture they introduce.
LABELS: dict[str, str] = {}
for _kind, _words in {
    "related": RELATED_HEADINGS,
    "promo": (
        "update",
        "updated",
        "breaking",
        "breaking news",
        "latest",
        "latest news",
        "watch",
        "listen",
        "exclusive",
        "live",
        "live updates",
        "trending",
        "top stories",
        "just in",
        "news alert",
        "advertisement",
        "sponsored",
        "opinion",
        "analysis",
        "explainer",
        "молния",
        "срочно",
        "эксклюзив",
        "терміново",
        "ексклюзив",
        "eilmeldung",
        "urgent",
        "última hora",
        "ultim'ora",
        "pilne",
    ),
    "source": (
        "original article source",
        "original source",
        "article source",
        "originally published",
        "this article was originally published",
        "source",
        "sources",
        "источник",
        "джерело",
        "оригинал",
        "першоджерело",
        "quelle",
        "source originale",
        "fuente",
        "fonte",
        "źródło",
    ),
    "caption": (
        "photo",
        "photos",
        "photograph",
        "image",
        "images",
        "picture",
        "pictured",
        "video",
        "illustration",
        "photo credit",
        "credit",
        "credits",
        "фото",
        "видео",
        "відео",
        "иллюстрация",
        "ілюстрація",
        "foto",
        "bild",
        "imagen",
        "immagine",
        "zdjęcie",
    ),
    "byline": (
        "by",
        "author",
        "authors",
        "written by",
        "reporting by",
        "editing by",
        "автор",
        "авторы",
        "автори",
        "текст",
        "autor",
        "auteur",
    ),
}.items():
    for _w in _words:
        LABELS.setdefault(_w, _kind)

_LABEL = re.compile(r"^\s*([^\W\d_][\w'’ \-]{0,45}?)\s*[:|]\s*(.*)$", re.UNICODE | re.S)


def split_label(text: str) -> tuple[str | None, str]:
    """``("see also", "rest")`` for "SEE ALSO: rest" when the label is a known cue."""
    m = _LABEL.match(text)
    if not m:
        return None, text
    label = " ".join(m.group(1).lower().replace("’", "'").split())
    if label in LABELS:
        return label, m.group(2).strip()
    return None, text


def label_kind(label: str) -> str:
    return LABELS[label]


def _heading_key(text: str) -> str:
    key = text.lower().replace("’", "'").strip()
    key = re.sub(r"[\s:.…>»›→|•\-–—]+$", "", key)
    return " ".join(key.split())


def is_related_heading(text: str) -> bool:
    """A standalone heading such as "Related articles" or "Читайте также:"."""
    key = _heading_key(text)
    return key in RELATED_HEADINGS or key.startswith(_RELATED_PREFIXES)


_SHARE_CORE = frozenset(
    """share shares sharing tweet facebook twitter telegram whatsapp viber email e-mail print
    comments comment linkedin reddit pinterest messenger flipboard vk vkontakte odnoklassniki
    поделиться поделитесь поділитися поширити комментарии комментарий коментарі коментарів
    teilen partager compartir condividi udostępnij""".split()
)
_SHARE_FILLER = frozenset(
    """x on via copy link copied url this article story page the to us save bookmark like pin
    follow mail send print px font size a in и в на у share""".split()
)


def _tokens(text: str) -> list[str]:
    return re.findall(r"[^\W\d_][\w'-]*", text.lower())


def is_share_widget(text: str) -> bool:
    """Only share/comment buttons and counters ("Share  Tweet  Email", "12 comments")."""
    toks = _tokens(text)
    if not toks:
        return False
    return all(t in _SHARE_CORE or t in _SHARE_FILLER for t in toks) and any(
        t in _SHARE_CORE for t in toks
    )


_PROMPT_VERBS = frozenset(
    """download subscribe sign install get follow join support donate become register click tap
    listen try read watch
    скачайте скачать скачивайте подпишитесь подписывайтесь подписаться присоединяйтесь
    поддержите читайте следите
    завантажте завантажуйте підпишіться підписуйтесь приєднуйтесь підтримайте читайте стежте
    abonnieren abonniere laden herunterladen folgen unterstützen
    abonnez-vous téléchargez inscrivez-vous suivez soutenez
    suscríbete suscríbase descarga descargue síguenos apoya
    iscriviti scarica abbonati seguici sostieni
    pobierz subskrybuj zapisz obserwuj wesprzyj""".split()
)
_PROMPT_NOUNS = frozenset(
    """app apps application newsletter newsletters podcast notifications alerts membership member
    members subscription subscribers channel telegram facebook twitter instagram youtube whatsapp
    viber us inbox updates
    приложение приложении рассылку рассылка канал канале телеграм telegram-канал подписку
    застосунок додаток розсилку розсилка каналі телеграм-канал підписку
    newsletter abo kanal
    application appli lettre chaîne
    aplicación boletín canal
    applicazione canale
    aplikację aplikacja kanał""".split()
)


def is_app_prompt(text: str) -> bool:
    """An imperative call to download, subscribe, follow or support ("Download our app")."""
    toks = _tokens(text)
    if not toks:
        return False
    from claimline.ingest.clean import upper_ratio

    has_noun = any(t in _PROMPT_NOUNS for t in toks)
    verb_first = toks[0] in _PROMPT_VERBS or (
        toks[0] in ("please", "пожалуйста", "будь") and len(toks) > 1 and toks[1] in _PROMPT_VERBS
    )
    if verb_first and has_noun:
        return True
    self_promo = any(
        t
        in (
            "our",
            "наш",
            "наше",
            "нашу",
            "наш",
            "нашого",
            "unser",
            "notre",
            "nuestro",
            "nostro",
            "nasz",
        )
        for t in toks
    )
    if (
        has_noun
        and any(t in _PROMPT_VERBS for t in toks)
        and (self_promo or upper_ratio(text) >= 0.7)
    ):
        return True
    return False


_CREDIT = re.compile(
    r"(Getty Images|via Getty|AP Photo|REUTERS/|Reuters/|/AFP|AFP/|EPA-EFE|EPA/|Shutterstock|"
    r"Anadolu Agency via|via Getty|Sipa USA|РИА Новости/|\bPhoto by\b|\bPhotograph:|"
    r"\bImage:|\bФото:|\bФото [А-ЯІЇЄA-Z][\w-]+/)",
)
_CREDIT_END = re.compile(
    r"(?:^|[.!?)]\s+)(?:Photo|Photos|Source|Credit|Image|Video|Фото|Джерело|Источник)"
    r"\s*[.:~]?\s*~?\s*$"
    # "... Credit:AP", "... Map: Example Map" - a credit label with a short name at the end
    r"|(?:^|[.!?)]\s*)(?:Photo|Photos|Credit|Image|Map|Graphic|Video|Фото|Джерело)s?\s*:\s*"
    r"[^\s.][^.!?]{0,60}$"
)
# "(Photo: ...)" or an agency pair "(Agency/Service)" closing a caption; the bracket may be
# cut off when the page was truncated.
_PAREN_CREDIT = re.compile(
    r"\((?:Photo|Image|Фото|Credit|Video)\b[^)]{0,80}\)?\s*$"
    r"|\([A-Z][\w .&-]{1,40}/[\w .&-]{1,40}\)\s*$",
    re.I,
)


def is_credit(text: str) -> bool:
    """A caption or credit line: an agency photo credit, or a trailing "Photo"/"Source" label."""
    folded = fold(text)
    return any(
        might_match(rx, folded) and rx.search(text) for rx in (_CREDIT, _CREDIT_END, _PAREN_CREDIT)
    )


_BYLINE = re.compile(
    r"^(?:By|BY|Автор|Author|Written by|Reporting by|Від|От)\s+"
    r"[A-ZА-ЯІЇЄҐ][\w.'’-]+(?:\s+(?:and|&|и|і|,)?\s*[A-ZА-ЯІЇЄҐ][\w.'’-]*)*"
    r"(?:\s*[,|–—-]\s*[\w .'’-]{0,40})?$"
)


def is_byline(text: str) -> bool:
    """A line that only names the writer ("By Jane Roe and John Doe, Example Wire")."""
    return bool(_BYLINE.match(text.strip()))


NAVIGATION = frozenset(
    """menu|main menu|home|search|log in|login|sign in|sign up|skip to content
    skip to main content|navigation|close|back to top|next|previous|advertisement|advertising
    sponsored|sponsored content|edit article|latest news|all news|news feed|print this page
    tags|topics|share this|share this article
    главная|меню|поиск|реклама|войти|все новости|лента новостей|головна|пошук|увійти
    усі новини|стрічка новин|werbung|anzeige|publicité|publicidad|pubblicità|reklama""".replace(
        "\n", "|"
    ).split("|")
)
NAVIGATION = frozenset(" ".join(n.split()) for n in NAVIGATION if n.strip())


def is_navigation(low: str) -> bool:
    return _heading_key(low) in NAVIGATION


_DATE_WORDS = frozenset(
    """jan january feb february mar march apr april may jun june jul july aug august sep sept
    september oct october nov november dec december mon monday tue tuesday wed wednesday thu
    thursday fri friday sat saturday sun sunday am pm utc gmt est edt cet cest eet eest msk
    updated published posted last modified on at
    января февраля марта апреля мая июня июля августа сентября октября ноября декабря
    січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня
    обновлено опубликовано оновлено опубліковано г р""".split()
)


_RELATIVE_TIME = re.compile(
    r"^\d{1,3}\s*(?:s|m|h|d|w|min|mins|hr|hrs|hours?|minutes?|days?|weeks?)\s+ago$"
    r"|^\d{1,3}\s*(?:ч|мин|дн|год|хв)\.?\s+назад$",
    re.I,
)
_STAMP_LEAD = re.compile(
    r"^(?:Published|Updated|Posted|Created|Last updated|Опубликовано|"
    r"Обновлено|Опубліковано|Оновлено)\b",
    re.I,
)


def is_timestamp(text: str) -> bool:
    """Only a date and/or time, possibly with "Updated"/"Published" ("Aug 24, 2023 10:15 am"),
    or a relative age ("3h ago")."""
    if _RELATIVE_TIME.match(text.strip()):
        return True
    if not re.search(r"\d", text):
        return False
    has_date = bool(re.search(r"\b\d{1,2}:\d{2}\b|\b(?:19|20)\d\d\b", text))
    if has_date and _STAMP_LEAD.match(text.strip()) and len(text.split()) <= 10:
        return True
    toks = _tokens(text)
    return all(t in _DATE_WORDS for t in toks) and bool(
        re.search(r"\b\d{1,2}:\d{2}\b|\b(?:19|20)\d\d\b", text)
    )


_COMMENT_WIDGET = re.compile(
    r"\b(?:post|leave|add|write|show|load|view) (?:a |the |your )?comments?\b"
    r"|be the first to comment"
    r"|\byour comment\b|\blog (?:in|out)\b|\bavatar\b|\bpeople liked this\b|%s\b"
    r"|\bcomments? \(\d+\)|\brequired fields?\b|\blisten to (?:this|the) (?:article|story)\b"
    r"|\baudio (?:version|generated)\b|\b\d+[- ]min(?:ute)?s?[- ]read\b"
    r"|оставить комментарий|ваш комментарий|залишити коментар|ваш коментар",
    re.I,
)


def is_comment_widget(text: str) -> bool:
    """Comment forms, login prompts, like counters, reading-time and audio-player labels."""
    return bool(_COMMENT_WIDGET.search(text))


_COPYRIGHT = re.compile(
    r"^\s*(?:©|\(c\)|copyright\b|all rights reserved|все права защищены|всі права захищені)", re.I
)


def is_copyright(text: str) -> bool:
    return bool(_COPYRIGHT.match(text)) or "all rights reserved" in text.lower()


_TICKER = re.compile(r"[▲▼↑↓]\s*[-+]?\d")


def is_ticker(text: str) -> bool:
    """A market-data strip ("XYZ 42.55 Increased By ▲ +1.20 (+2.90%)")."""
    return bool(_TICKER.search(text)) and "%" in text


_NAME_WORD = re.compile(r"^[A-ZА-ЯІЇЄҐ][a-zа-яіїєґё'’-]+$")


def is_name_only(text: str) -> bool:
    """Two or three capitalised words and nothing else (a byline or a picture label),
    optionally followed by a role in brackets."""
    core = re.sub(r"\s*\([^)]{0,80}\)\s*$", "", text.strip())
    words = core.split()
    return 2 <= len(words) <= 3 and all(_NAME_WORD.match(w) for w in words)


def is_cookie_notice(low: str) -> bool:
    return bool(
        re.search(r"\bcookies?\b|файл\w* cookie|\bкуки\b", low)
        and re.search(
            r"\b(use|uses|accept|consent|privacy|agree|policy|использ|згод|погод|використ)", low
        )
    )


__all__ = [
    "LABELS",
    "NAVIGATION",
    "RELATED_HEADINGS",
    "is_app_prompt",
    "is_byline",
    "is_cookie_notice",
    "is_credit",
    "is_navigation",
    "is_related_heading",
    "is_share_widget",
    "is_timestamp",
    "label_kind",
    "split_label",
]
