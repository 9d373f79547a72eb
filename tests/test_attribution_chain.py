"""Attribution: speaker → channel → outlet, carried across sentences and quotes."""

from __future__ import annotations

from _claims_helpers import claims_of

from claimline.nlp.attribution import according_to, quote_spans, quote_speaker


def _speaker(claims):  # type: ignore[no-untyped-def]
    assert claims, "no claim found"
    c = claims[0]
    return (c.speaker.name if c.speaker else None, c.speaker.side if c.speaker else None)


def test_attribution_reporting_verb_subject() -> None:
    found = claims_of("Russia's Defence Ministry said its units had seized Toretsk.")
    name, side = _speaker(found)
    assert side == "RU"
    assert found[0].actor == "RU"  # "its forces" are the speaker's


def test_attribution_according_to() -> None:
    found = claims_of("According to DeepState, Russian troops entered Pokrovsk on Monday.")
    name, side = _speaker(found)
    assert name == "DeepState" and side == "UA"


def test_attribution_quote_with_speaker_after_it() -> None:
    text = '"Russian units failed to enter Kupiansk," Trehubov added.'
    name, side = _speaker(claims_of(text))
    assert "Trehubov" in name and side == "UA"


def test_attribution_quote_paragraph_after_introducing_sentence() -> None:
    text = (
        "Viktor Trehubov spoke to reporters on Tuesday. He said:\n"
        "“Our troops still hold Kupiansk and the enemy has not entered the town.”"
    )
    found = claims_of(text)
    names = {c.speaker.name for c in found if c.speaker}
    assert any("Trehubov" in n for n in names), names


def test_attribution_pronoun_goes_to_last_named_speaker() -> None:
    text = (
        "Vitaly Ganchev spoke on state television on Sunday. "
        "He said Russian forces had entered Kupiansk."
    )
    name, side = _speaker(claims_of(text))
    assert "Ganchev" in name and side == "RU"


def test_attribution_outlet_voice_has_outlet_side() -> None:
    found = claims_of("Russian forces entered Vovchansk on Friday.", outlet="TASS")
    name, side = _speaker(found)
    assert name == "TASS" and side == "RU"
    found = claims_of("Russian forces entered Vovchansk on Friday.", outlet="Reuters")
    assert _speaker(found) == ("Reuters", "neutral")


def test_attribution_channel_named() -> None:
    found = claims_of(
        "Ukraine's General Staff wrote on Telegram that Russian assaults near Kupiansk "
        "were beaten back."
    )
    assert found and found[0].channel == "Telegram"
    assert found[0].outlet == "Reuters"


def test_attribution_quote_spans_and_speaker_helpers() -> None:
    text = 'First line.\n"Our forces hold the city," the governor said.'
    spans = quote_spans(text)
    assert len(spans) == 1 and text[spans[0][0]] == '"'
    assert quote_speaker(text, spans[0]) == ("the governor", "quote")
    assert according_to("According to the mayor, the town is calm.") == "the mayor"


def test_attribution_definite_description_refers_back() -> None:
    text = (
        "The 3rd Assault Brigade reported on Friday that its lines were stable.\n\n"
        '"Toretsk has been liberated," the brigade said on Telegram.'
    )
    found = claims_of(text, outlet="Reuters")
    assert found and found[0].speaker is not None and found[0].speaker.side == "UA"
    assert found[0].actor == "UA"  # a party reports its own side's liberation


def test_attribution_apposition_gives_the_speaker_a_side() -> None:
    text = (
        "Oleksandr Petrenko, a National Guard serviceman, said Ukrainian units had entered Izium."
    )
    found = claims_of(text)
    assert found and found[0].speaker is not None and found[0].speaker.side == "UA"


def test_attribution_relative_clause_is_the_writers_aside() -> None:
    text = (
        "Russia's ministry said its troops had reached Lyman, "
        "which Ukrainian forces retook in 2022."
    )
    retook = [c for c in claims_of(text, outlet="Reuters") if c.type.value == "captured"]
    assert retook and retook[0].speaker is not None and retook[0].speaker.name == "Reuters"
