#!/usr/bin/env python3
"""Blind evaluation set b4: writes articles.jsonl and gold.jsonl and checks them.

Texts and annotations were written by hand, without reading the project's code,
rules, tests or the dev articles/gold beyond the format lines (see README.md).
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# Field set of the dev gold lines (checked against the dev gold's first line if available).
GOLD_FIELDS = [
    "claim_id", "article_id", "place", "place_canonical", "claim_type", "actor",
    "polarity", "event_date", "date_precision", "date_basis", "source_of_claim",
    "source_side", "hedged", "background", "extent", "evidence",
]
# The dev gold beside the repository (../shared), for the field-set check only.
DEV_GOLD = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "eval", "dev", "gold.jsonl"
)

ARTICLES = []
CLAIMS = []


def article(aid, url, outlet, published, title, text, language):
    ARTICLES.append({
        "id": aid, "url": url, "outlet": outlet, "published": published,
        "title": title, "text": text, "language": language,
    })


def c(aid, place, canon, typ, actor, pol, date, prec, basis, src, side,
      hedged, bg, extent, evidence):
    CLAIMS.append({
        "article_id": aid, "place": place, "place_canonical": canon,
        "claim_type": typ, "actor": actor, "polarity": pol,
        "event_date": date, "date_precision": prec, "date_basis": basis,
        "source_of_claim": src, "source_side": side, "hedged": hedged,
        "background": bg, "extent": extent, "evidence": evidence,
    })


A, D = "affirmed", "denied"
T, F = True, False

# ---------------------------------------------------------------- b4-001
T1 = """Ukrainian troops enter Kherson as Moscow completes pullout

KYIV, Nov 11 (Northbridge Wire) - Ukrainian soldiers entered the southern city of Kherson on Friday, greeted by residents waving blue-and-yellow flags, hours after Moscow said its last units had crossed to the eastern bank of the Dnipro.

"Today is a historic day. We are getting the south back, we are getting Kherson back," President Volodymyr Zelenskiy said in an evening video address.

Russia's defence ministry said in a statement that the withdrawal of its troops from the city of Kherson and other positions on the right bank had been completed at 5 a.m. Moscow time on Friday and that not a single piece of military equipment had been left behind. It was not possible to independently verify that claim.

Ukraine's military intelligence agency said special units had already reached the city centre, and it urged any Russian soldiers still hiding in Kherson to surrender.

Kherson was the only regional capital captured by Russian forces after the invasion began, falling in early March 2022.

A day earlier, Ukraine's General Staff said its troops had liberated Snihurivka, a town in the neighbouring Mykolaiv region, and advanced up to seven kilometres in the south.

Local officials warned that the city had no electricity and no running water, and that mines left in administrative buildings posed a serious danger. Russian artillery on the opposite bank would likely keep the city within range, a Western official told reporters, adding that the pullback would shorten Moscow's front line.

Read more: Zaporizhzhia nuclear plant loses external power again

Reporting by the Kyiv bureau; editing by the Europe desk"""
article("b4-001", "https://news.example.org/2022/11/11/ukrainian-troops-enter-kherson",
        "Northbridge Wire", "2022-11-11",
        "Ukrainian troops enter Kherson as Moscow completes pullout", T1, "en")
a = "b4-001"
c(a, "Kherson", "Kherson", "entered", "UA", A, "2022-11-11", "day", "relative", "outlet", "neutral", F, F, None,
  "KYIV, Nov 11 (Northbridge Wire) - Ukrainian soldiers entered the southern city of Kherson on Friday, greeted by residents waving blue-and-yellow flags, hours after Moscow said its last units had crossed to the eastern bank of the Dnipro.")
c(a, "Kherson", "Kherson", "liberated", "UA", A, "2022-11-11", "day", "publication", "Volodymyr Zelenskiy", "UA", F, F, None,
  "\"Today is a historic day. We are getting the south back, we are getting Kherson back,\" President Volodymyr Zelenskiy said in an evening video address.")
c(a, "the city of Kherson", "Kherson", "withdrew", "RU", A, "2022-11-11", "day", "relative", "Russia's defence ministry", "RU", T, F, None,
  "Russia's defence ministry said in a statement that the withdrawal of its troops from the city of Kherson and other positions on the right bank had been completed at 5 a.m. Moscow time on Friday and that not a single piece of military equipment had been left behind.")
c(a, "the city centre", "Kherson", "entered", "UA", A, "2022-11-11", "day", "publication", "Ukraine's military intelligence agency", "UA", F, F, "city centre",
  "Ukraine's military intelligence agency said special units had already reached the city centre, and it urged any Russian soldiers still hiding in Kherson to surrender.")
c(a, "Kherson", "Kherson", "captured", "RU", A, "2022-03", "month", "explicit", "outlet", "neutral", F, T, None,
  "Kherson was the only regional capital captured by Russian forces after the invasion began, falling in early March 2022.")
c(a, "Snihurivka", "Snihurivka", "liberated", "UA", A, "2022-11-10", "day", "relative", "Ukraine's General Staff", "UA", F, F, None,
  "A day earlier, Ukraine's General Staff said its troops had liberated Snihurivka, a town in the neighbouring Mykolaiv region, and advanced up to seven kilometres in the south.")

# ---------------------------------------------------------------- b4-002
T2 = """Russia's defence ministry said on Saturday that its forces had left the town of Krasny Liman, as Moscow calls Lyman, moving to "more advantageous lines" because of the threat of encirclement.

The announcement came only hours after Ukrainian officials said thousands of Russian soldiers had been trapped there. "Lyman is encircled," Serhiy Cherevatyi, a spokesman for Ukraine's eastern group of forces, told reporters on Saturday morning, adding that every road leading out of the town was under Ukrainian fire control.

Earlier, Ukraine's Defence Ministry posted video of troops raising a flag over the liberated village of Drobysheve, on the road north-west of the town, and said nearby Yampil had been freed on Friday.

Denis Pushilin, the Moscow-installed leader in Donetsk, conceded on Telegram that the situation around Lyman was "alarming" but insisted that the town had not fallen.

Lyman, a rail hub in the north of Donetsk region, was captured by Russian and separatist forces in late May after weeks of fighting, and was meant to serve as a staging point for Moscow's planned push on Sloviansk and Kramatorsk.

Military analysts said the loss could open the way for Ukrainian forces toward Kreminna and Svatove in neighbouring Luhansk region, although Kyiv has not said where it would strike next.

The retreat comes a day after Vladimir Putin signed documents claiming to annex four Ukrainian regions, including Donetsk, at a ceremony in the Kremlin.

Related: Pope urges end to 'spiral of violence' in Ukraine"""
article("b4-002", "https://www.meridian.example.com/world/2022/10/01/russia-lyman-withdrawal",
        "The Daily Meridian", "2022-10-01",
        "Russia says it pulled troops out of Lyman after Kyiv reports encirclement", T2, "en")
a = "b4-002"
c(a, "Krasny Liman", "Lyman", "withdrew", "RU", A, "2022-10-01", "day", "relative", "Russia's defence ministry", "RU", F, F, None,
  "Russia's defence ministry said on Saturday that its forces had left the town of Krasny Liman, as Moscow calls Lyman, moving to \"more advantageous lines\" because of the threat of encirclement.")
c(a, "Lyman", "Lyman", "encircled/blockaded", "UA", A, "2022-10-01", "day", "relative", "Serhiy Cherevatyi", "UA", F, F, None,
  "\"Lyman is encircled,\" Serhiy Cherevatyi, a spokesman for Ukraine's eastern group of forces, told reporters on Saturday morning, adding that every road leading out of the town was under Ukrainian fire control.")
c(a, "Drobysheve", "Drobysheve", "liberated", "UA", A, "2022-10-01", "day", "publication", "Ukraine's Defence Ministry", "UA", F, F, None,
  "Earlier, Ukraine's Defence Ministry posted video of troops raising a flag over the liberated village of Drobysheve, on the road north-west of the town, and said nearby Yampil had been freed on Friday.")
c(a, "Yampil", "Yampil", "liberated", "UA", A, "2022-09-30", "day", "relative", "Ukraine's Defence Ministry", "UA", F, F, None,
  "Earlier, Ukraine's Defence Ministry posted video of troops raising a flag over the liberated village of Drobysheve, on the road north-west of the town, and said nearby Yampil had been freed on Friday.")
c(a, "the town", "Lyman", "captured", "UA", D, "2022-10-01", "day", "publication", "Denis Pushilin", "RU", F, F, None,
  "Denis Pushilin, the Moscow-installed leader in Donetsk, conceded on Telegram that the situation around Lyman was \"alarming\" but insisted that the town had not fallen.")
c(a, "Lyman", "Lyman", "captured", "RU", A, "2022-05", "month", "explicit", "outlet", "neutral", F, T, None,
  "Lyman, a rail hub in the north of Donetsk region, was captured by Russian and separatist forces in late May after weeks of fighting, and was meant to serve as a staging point for Moscow's planned push on Sloviansk and Kramatorsk.")

# ---------------------------------------------------------------- b4-003
T3 = """Wagner claims full capture of Bakhmut; Kyiv says fighting goes on

The head of Russia's Wagner mercenary group, Yevgeny Prigozhin, claimed on Saturday that his fighters had completely taken Bakhmut, the eastern Ukrainian city that has been the scene of the war's longest and bloodiest battle.

"Today at 12 noon, Bakhmut was fully taken," Prigozhin said in a video posted on Telegram, standing in front of a row of fighters holding Russian flags. He said Wagner would pull out of the city on May 25 and hand it over to the regular army.

Late on Saturday, Russia's defence ministry said that the "liberation" of Artemovsk, the Soviet-era name of the city, had been completed by Wagner assault units supported by army artillery and aviation. AFP could not independently verify either claim.

Kyiv rejected the claims that Bakhmut had fallen. "Our defenders control certain industrial and infrastructure facilities in the area and the private sector," Deputy Defence Minister Hanna Maliar wrote on Telegram, describing the situation as critical. She said Ukrainian troops were still holding part of the south-western outskirts of the city.

Colonel General Oleksandr Syrskyi, commander of Ukraine's ground forces, said his units were advancing on the northern and southern flanks of Bakhmut.

Russian forces have been attacking the city since last summer, and Wagner fighters took the salt-mining town of Soledar, north of Bakhmut, in January.

A Ukrainian soldier who gave only his call sign, Kit, told AFP by phone that his unit had taken heavy casualties near the city in the past week. "We are not giving them anything for free," he said.

Read more: G7 leaders meet Zelensky in Hiroshima"""
article("b4-003", "https://news.example.org/afp/2023/05/21/wagner-bakhmut-claim",
        "AFP", "2023-05-21",
        "Wagner claims full capture of Bakhmut; Kyiv says fighting goes on", T3, "en")
a = "b4-003"
c(a, "Bakhmut", "Bakhmut", "captured", "RU", A, "2023-05-20", "day", "relative", "Yevgeny Prigozhin", "RU", T, F, None,
  "The head of Russia's Wagner mercenary group, Yevgeny Prigozhin, claimed on Saturday that his fighters had completely taken Bakhmut, the eastern Ukrainian city that has been the scene of the war's longest and bloodiest battle.")
c(a, "Artemovsk", "Bakhmut", "liberated", "RU", A, "2023-05-20", "day", "relative", "Russia's defence ministry", "RU", T, F, None,
  "Late on Saturday, Russia's defence ministry said that the \"liberation\" of Artemovsk, the Soviet-era name of the city, had been completed by Wagner assault units supported by army artillery and aviation.")
c(a, "Bakhmut", "Bakhmut", "captured", "RU", D, "2023-05-21", "day", "publication", "Kyiv", "UA", F, F, None,
  "Kyiv rejected the claims that Bakhmut had fallen.")
c(a, "the city", "Bakhmut", "controls", "UA", A, "2023-05-21", "day", "publication", "Hanna Maliar", "UA", F, F,
  "part of the south-western outskirts; certain industrial and infrastructure facilities and the private sector",
  "She said Ukrainian troops were still holding part of the south-western outskirts of the city.")
c(a, "Bakhmut", "Bakhmut", "advancing_toward", "UA", A, "2023-05-21", "day", "publication", "Oleksandr Syrskyi", "UA", F, F,
  "northern and southern flanks",
  "Colonel General Oleksandr Syrskyi, commander of Ukraine's ground forces, said his units were advancing on the northern and southern flanks of Bakhmut.")
c(a, "the city", "Bakhmut", "contested", None, A, "2022", "year", "since", "outlet", "neutral", F, F, None,
  "Russian forces have been attacking the city since last summer, and Wagner fighters took the salt-mining town of Soledar, north of Bakhmut, in January.")
c(a, "Soledar", "Soledar", "captured", "RU", A, "2023-01", "month", "explicit", "outlet", "neutral", F, T, None,
  "Russian forces have been attacking the city since last summer, and Wagner fighters took the salt-mining town of Soledar, north of Bakhmut, in January.")

# ---------------------------------------------------------------- b4-004
T4 = """Ukraine's top commander said early on Saturday that he had ordered his troops to leave Avdiivka, a battered industrial town north of Donetsk, to avoid being surrounded, handing Russia its biggest battlefield gain since the fall of Bakhmut in May last year.

"I have decided to withdraw our units from the town and move to defence on more favourable lines in order to avoid encirclement and preserve the lives and health of servicemen," Colonel General Oleksandr Syrskyi said in a statement on Telegram.

Hours later, Russian Defence Minister Sergei Shoigu reported to President Vladimir Putin that Avdeyevka had been fully liberated, state news agency TASS said. Putin congratulated the troops on what the Kremlin called an important victory.

Brigadier General Oleksandr Tarnavskyi, who commands the southern part of the front, said on Saturday afternoon that a number of soldiers had been taken prisoner in the last days of fighting, but gave no figures.

The Institute for the Study of War said Russian forces had likely seized the Avdiivka Coke Plant, in the north of the town, though it had not observed geolocated footage confirming this.

Russian troops had been storming Avdiivka since October, and by early February had pushed into the northern districts of the town, according to Ukrainian military bloggers.

Ukrainian officials said about 900 civilians remained in the town, which had a pre-war population of more than 30,000. If Russian units manage to break through west of Avdiivka, the road toward Pokrovsk would lie open, a Ukrainian officer warned. Aid volunteers said evacuation by road had become all but impossible.

Subscribe to our daily briefing for the latest from the front line."""
article("b4-004", "https://eeherald.example.net/news/2024/02/17/avdiivka-withdrawal",
        "Eastern Europe Herald", "2024-02-17",
        "Ukraine pulls troops out of Avdiivka; Moscow claims full control", T4, "en")
a = "b4-004"
c(a, "Avdiivka", "Avdiivka", "withdrew", "UA", A, "2024-02-17", "day", "relative", "Oleksandr Syrskyi", "UA", F, F, None,
  "Ukraine's top commander said early on Saturday that he had ordered his troops to leave Avdiivka, a battered industrial town north of Donetsk, to avoid being surrounded, handing Russia its biggest battlefield gain since the fall of Bakhmut in May last year.")
c(a, "Bakhmut", "Bakhmut", "captured", "RU", A, "2023-05", "month", "relative", "outlet", "neutral", F, T, None,
  "Ukraine's top commander said early on Saturday that he had ordered his troops to leave Avdiivka, a battered industrial town north of Donetsk, to avoid being surrounded, handing Russia its biggest battlefield gain since the fall of Bakhmut in May last year.")
c(a, "Avdeyevka", "Avdiivka", "liberated", "RU", A, "2024-02-17", "day", "relative", "Sergei Shoigu", "RU", F, F, None,
  "Hours later, Russian Defence Minister Sergei Shoigu reported to President Vladimir Putin that Avdeyevka had been fully liberated, state news agency TASS said.")
c(a, "the Avdiivka Coke Plant", "Avdiivka", "captured", "RU", A, "2024-02-17", "day", "publication", "Institute for the Study of War", "neutral", T, F,
  "Avdiivka Coke Plant",
  "The Institute for the Study of War said Russian forces had likely seized the Avdiivka Coke Plant, in the north of the town, though it had not observed geolocated footage confirming this.")
c(a, "Avdiivka", "Avdiivka", "contested", None, A, "2023-10", "month", "since", "Ukrainian military bloggers", "UA", F, T, None,
  "Russian troops had been storming Avdiivka since October, and by early February had pushed into the northern districts of the town, according to Ukrainian military bloggers.")
c(a, "the northern districts of the town", "Avdiivka", "entered", "RU", A, "2024-02", "month", "explicit", "Ukrainian military bloggers", "UA", F, T,
  "northern districts",
  "Russian troops had been storming Avdiivka since October, and by early February had pushed into the northern districts of the town, according to Ukrainian military bloggers.")

# ---------------------------------------------------------------- b4-005
T5 = """Ukraine's forces have recaptured the village of Robotyne in the southern Zaporizhzhia region and are pushing on toward the next line of Russian defences, Deputy Defence Minister Hanna Maliar said on Monday.

"Robotyne is liberated," Maliar wrote on Telegram, adding that Ukrainian troops were advancing in the direction of Novoprokopivka and Mala Tokmachka. She said the work of clearing the village of mines was continuing.

Robotyne, which had about 500 residents before the war, lies roughly 10 km (6 miles) south of Orikhiv and had been in Russian hands since early March 2022.

Vladimir Rogov, a Russian-installed official in the Zaporozhye region, disputed the claim, saying on his Telegram channel that the village had not been lost. He said fighting was still going on inside Robotyne and that neither side fully held it.

Russia's defence ministry made no mention of Robotyne in its daily briefing but said its troops had repelled three Ukrainian attacks near Verbove, east of the village.

Earlier this month, Ukraine said its troops had retaken Urozhaine, a village in the south of Donetsk region, part of a slow counteroffensive that began in early June.

Military analysts say the next target is the town of Tokmak, a key railway hub about 20 km further south, although reaching it would require breaching heavily mined defensive lines.

Russian shelling killed two people in the city of Zaporizhzhia overnight, the regional governor said. A convoy carrying medical supplies reached Orikhiv on Sunday, volunteers said."""
article("b4-005", "https://news.example.org/reuters/2023/08/28/ukraine-robotyne",
        "Reuters", "2023-08-28",
        "Ukraine says it has recaptured Robotyne in Zaporizhzhia region", T5, "en")
a = "b4-005"
c(a, "Robotyne", "Robotyne", "captured", "UA", A, "2023-08-28", "day", "relative", "Hanna Maliar", "UA", F, F, None,
  "Ukraine's forces have recaptured the village of Robotyne in the southern Zaporizhzhia region and are pushing on toward the next line of Russian defences, Deputy Defence Minister Hanna Maliar said on Monday.")
c(a, "Novoprokopivka", "Novoprokopivka", "advancing_toward", "UA", A, "2023-08-28", "day", "publication", "Hanna Maliar", "UA", F, F, None,
  "\"Robotyne is liberated,\" Maliar wrote on Telegram, adding that Ukrainian troops were advancing in the direction of Novoprokopivka and Mala Tokmachka.")
c(a, "Mala Tokmachka", "Mala Tokmachka", "advancing_toward", "UA", A, "2023-08-28", "day", "publication", "Hanna Maliar", "UA", F, F, None,
  "\"Robotyne is liberated,\" Maliar wrote on Telegram, adding that Ukrainian troops were advancing in the direction of Novoprokopivka and Mala Tokmachka.")
c(a, "Robotyne", "Robotyne", "controls", "RU", A, "2022-03", "month", "since", "outlet", "neutral", F, T, None,
  "Robotyne, which had about 500 residents before the war, lies roughly 10 km (6 miles) south of Orikhiv and had been in Russian hands since early March 2022.")
c(a, "the village", "Robotyne", "lost", "RU", D, "2023-08-28", "day", "publication", "Vladimir Rogov", "RU", F, F, None,
  "Vladimir Rogov, a Russian-installed official in the Zaporozhye region, disputed the claim, saying on his Telegram channel that the village had not been lost.")
c(a, "Robotyne", "Robotyne", "contested", None, A, "2023-08-28", "day", "publication", "Vladimir Rogov", "RU", F, F, None,
  "He said fighting was still going on inside Robotyne and that neither side fully held it.")
c(a, "Verbove", "Verbove", "repelled_attack", "RU", A, "2023-08-28", "day", "publication", "Russia's defence ministry", "RU", F, F, None,
  "Russia's defence ministry made no mention of Robotyne in its daily briefing but said its troops had repelled three Ukrainian attacks near Verbove, east of the village.")
c(a, "Urozhaine", "Urozhaine", "captured", "UA", A, "2023-08", "month", "relative", "Ukraine", "UA", F, T, None,
  "Earlier this month, Ukraine said its troops had retaken Urozhaine, a village in the south of Donetsk region, part of a slow counteroffensive that began in early June.")

# ---------------------------------------------------------------- b4-006
T6 = """Kyiv says Sudzha under its control as Kursk incursion enters second week

Ukraine's commander-in-chief, Oleksandr Syrskyi, told President Volodymyr Zelensky on Thursday that the Russian border town of Sudzha had been fully cleared of Russian troops, in a video call published by the president's office.

Syrskyi said a military commandant's office had been set up in the town, which lies about 10 km from the border and is home to the last working metering station for Russian gas flowing through Ukraine to Europe. He told Zelensky that Ukrainian forces had advanced between one and three kilometres in several areas over the past day.

Moscow did not comment on Sudzha directly. Russia's defence ministry said on Thursday that its forces had thwarted attempts by Ukrainian mobile groups to break into the villages of Krupets and Obukhovka, and that its aviation and artillery were striking Ukrainian reserves in the Sumy region.

The Washington-based Institute for the Study of War said geolocated footage indicated that Ukrainian forces had advanced to the western outskirts of Korenevo, a district centre to the west of Sudzha.

Ukrainian troops crossed the border on Aug. 6 in the largest attack on Russian territory since World War Two.

The acting governor of the Kursk region, Alexei Smirnov, said more than 120,000 people had been evacuated from border districts. Kyiv has said it has no intention of occupying Russian land and that the operation is meant to create a buffer zone.

Related: Belarus moves troops toward Ukrainian border, Minsk says"""
article("b4-006", "https://cps.example.com/europe/2024-08-15/sudzha-kursk-incursion",
        "Continental Press Service", "2024-08-15",
        "Kyiv says Sudzha under its control as Kursk incursion enters second week", T6, "en")
a = "b4-006"
c(a, "Sudzha", "Sudzha", "captured", "UA", A, "2024-08-15", "day", "relative", "Oleksandr Syrskyi", "UA", F, F, None,
  "Ukraine's commander-in-chief, Oleksandr Syrskyi, told President Volodymyr Zelensky on Thursday that the Russian border town of Sudzha had been fully cleared of Russian troops, in a video call published by the president's office.")
c(a, "Krupets", "Krupets", "repelled_attack", "RU", A, "2024-08-15", "day", "relative", "Russia's defence ministry", "RU", F, F, None,
  "Russia's defence ministry said on Thursday that its forces had thwarted attempts by Ukrainian mobile groups to break into the villages of Krupets and Obukhovka, and that its aviation and artillery were striking Ukrainian reserves in the Sumy region.")
c(a, "Obukhovka", "Obukhovka", "repelled_attack", "RU", A, "2024-08-15", "day", "relative", "Russia's defence ministry", "RU", F, F, None,
  "Russia's defence ministry said on Thursday that its forces had thwarted attempts by Ukrainian mobile groups to break into the villages of Krupets and Obukhovka, and that its aviation and artillery were striking Ukrainian reserves in the Sumy region.")
c(a, "Korenevo", "Korenevo", "advancing_toward", "UA", A, "2024-08-15", "day", "publication", "Institute for the Study of War", "neutral", F, F,
  "western outskirts",
  "The Washington-based Institute for the Study of War said geolocated footage indicated that Ukrainian forces had advanced to the western outskirts of Korenevo, a district centre to the west of Sudzha.")

# ---------------------------------------------------------------- b4-007
T7 = """Russia's defence ministry said on Sunday that its troops had "liberated" five more villages in the northern Kharkov region - Lukyantsy, Gatishche, Krasnoye, Morokhovets and Oleinikovo - three days into a new cross-border offensive. Ukraine has not confirmed losing any of them.

By Tuesday, fighting had reached Vovchansk, a town of 17,000 before the war that lies just 5 km from the Russian border. "The enemy has gained a foothold on the northern outskirts of Volchansk, and street fighting is under way," a Ukrainian military spokesman, Nazar Voloshyn, said on national television that day.

On Wednesday, Ukraine's General Staff said units had pulled out of Lukiantsi to more advantageous positions "to preserve the lives of our servicemen". It did not say how far they had moved.

Oleh Syniehubov, the governor of Kharkiv region, said nearly 8,000 people had been evacuated from the border area since Friday, and that Russian shelling of Vovchansk had made it almost impossible for relief convoys to enter.

Russian troops had been in Vovchansk once before: they took the town in the first days of the full-scale invasion in February 2022 and were driven out by Ukraine's counteroffensive in September of that year.

Analysts at the Finnish Black Bird Group said Moscow's forces probably did not yet have enough troops to attempt an assault on Kharkiv itself, Ukraine's second-largest city, some 30 km to the south.

Read more: Blinken arrives in Kyiv on unannounced visit"""
article("b4-007", "https://frontlinedigest.example.org/2024/05/15/kharkov-offensive-vovchansk",
        "Frontline Digest", "2024-05-15",
        "Russia claims more villages in Kharkov region as fighting reaches Vovchansk", T7, "en")
a = "b4-007"
S7 = "Russia's defence ministry said on Sunday that its troops had \"liberated\" five more villages in the northern Kharkov region - Lukyantsy, Gatishche, Krasnoye, Morokhovets and Oleinikovo - three days into a new cross-border offensive."
for pl, cn in [("Lukyantsy", "Lukiantsi"), ("Gatishche", "Hatyshche"), ("Krasnoye", "Krasne"),
               ("Morokhovets", "Morokhovets"), ("Oleinikovo", "Oliinykove")]:
    c(a, pl, cn, "liberated", "RU", A, "2024-05-12", "day", "relative", "Russia's defence ministry", "RU", T, F, None, S7)
c(a, "Vovchansk", "Vovchansk", "contested", None, A, "2024-05-14", "day", "relative", "outlet", "neutral", F, F, None,
  "By Tuesday, fighting had reached Vovchansk, a town of 17,000 before the war that lies just 5 km from the Russian border.")
c(a, "the northern outskirts of Volchansk", "Vovchansk", "entered", "RU", A, "2024-05-14", "day", "relative", "Nazar Voloshyn", "UA", F, F,
  "northern outskirts",
  "\"The enemy has gained a foothold on the northern outskirts of Volchansk, and street fighting is under way,\" a Ukrainian military spokesman, Nazar Voloshyn, said on national television that day.")
c(a, "Volchansk", "Vovchansk", "contested", None, A, "2024-05-14", "day", "relative", "Nazar Voloshyn", "UA", F, F, None,
  "\"The enemy has gained a foothold on the northern outskirts of Volchansk, and street fighting is under way,\" a Ukrainian military spokesman, Nazar Voloshyn, said on national television that day.")
c(a, "Lukiantsi", "Lukiantsi", "withdrew", "UA", A, "2024-05-15", "day", "relative", "Ukraine's General Staff", "UA", F, F, None,
  "On Wednesday, Ukraine's General Staff said units had pulled out of Lukiantsi to more advantageous positions \"to preserve the lives of our servicemen\".")
c(a, "the town", "Vovchansk", "captured", "RU", A, "2022-02", "month", "explicit", "outlet", "neutral", F, T, None,
  "Russian troops had been in Vovchansk once before: they took the town in the first days of the full-scale invasion in February 2022 and were driven out by Ukraine's counteroffensive in September of that year.")
c(a, "the town", "Vovchansk", "lost", "RU", A, "2022-09", "month", "explicit", "outlet", "neutral", F, T, None,
  "Russian troops had been in Vovchansk once before: they took the town in the first days of the full-scale invasion in February 2022 and were driven out by Ukraine's counteroffensive in September of that year.")

# ---------------------------------------------------------------- b4-008
T8 = """Ukrainian forces have established several footholds on the Russian-occupied left bank of the Dnipro River in the Kherson region, Ukraine's navy said on Friday, confirming for the first time an operation that Russian military bloggers had been describing for weeks.

The marines' main foothold is in Krynky, a small village about 30 km upstream from Kherson city, where Ukrainian units have been dug in since October, according to navy spokesman Dmytro Pletenchuk. "It is hard there. Every day is a struggle," a marine who gave his name as Ihor said in a message to our correspondent, describing constant drone and artillery fire.

Vladimir Saldo, the Russian-installed governor of the region, said on Wednesday that the Ukrainian troops in Krynky had been cut off and were trapped in a "fiery hell", a claim Kyiv dismissed.

Russia's defence ministry said its forces had thwarted several attempts to land on the islands near the Antonivskyi bridge and had destroyed boats carrying Ukrainian troops, but did not mention Krynky.

Ukrainian raiding parties have crossed the river repeatedly since the summer. In August, small groups briefly landed in Kozachi Laheri, further downstream, and raised a Ukrainian flag before pulling back.

Artillery fire from the left bank continues to hit Kherson city and surrounding villages almost daily; on Thursday a strike on a shop in Beryslav injured four people, local officials said.

Kyiv hopes the bridgeheads could eventually allow it to push toward the main road to Crimea, though military analysts say heavy equipment cannot yet be ferried across."""
article("b4-008", "https://southernfront.example.com/reports/2023-11-17-krynky-footholds",
        "Southern Front Review", "2023-11-17",
        "Ukrainian marines hold on in Krynky as Kyiv confirms left-bank footholds", T8, "en")
a = "b4-008"
c(a, "Krynky", "Krynky", "entered", "UA", A, "2023-10", "month", "since", "Dmytro Pletenchuk", "UA", F, F, None,
  "The marines' main foothold is in Krynky, a small village about 30 km upstream from Kherson city, where Ukrainian units have been dug in since October, according to navy spokesman Dmytro Pletenchuk.")
c(a, "Krynky", "Krynky", "encircled/blockaded", "RU", A, "2023-11-15", "day", "relative", "Vladimir Saldo", "RU", F, F, None,
  "Vladimir Saldo, the Russian-installed governor of the region, said on Wednesday that the Ukrainian troops in Krynky had been cut off and were trapped in a \"fiery hell\", a claim Kyiv dismissed.")
c(a, "Krynky", "Krynky", "encircled/blockaded", "RU", D, "2023-11-17", "day", "publication", "Kyiv", "UA", F, F, None,
  "Vladimir Saldo, the Russian-installed governor of the region, said on Wednesday that the Ukrainian troops in Krynky had been cut off and were trapped in a \"fiery hell\", a claim Kyiv dismissed.")
c(a, "Kozachi Laheri", "Kozachi Laheri", "entered", "UA", A, "2023-08", "month", "explicit", "outlet", "neutral", F, T, None,
  "In August, small groups briefly landed in Kozachi Laheri, further downstream, and raised a Ukrainian flag before pulling back.")
c(a, "Kozachi Laheri", "Kozachi Laheri", "withdrew", "UA", A, "2023-08", "month", "explicit", "outlet", "neutral", F, T, None,
  "In August, small groups briefly landed in Kozachi Laheri, further downstream, and raised a Ukrainian flag before pulling back.")

# ---------------------------------------------------------------- b4-009
T9 = """RSF says it has seized Wad Madani; Sudan army announces inquiry

Sudan's paramilitary Rapid Support Forces said on Monday that they had taken control of Wad Madani, the capital of Gezira state and one of the country's largest cities, after four days of fighting.

In a statement posted on X, the RSF said its fighters had seized the headquarters of the army's First Infantry Division in the city. Residents reached by phone described RSF pickup trucks moving through the central market.

The Sudanese Armed Forces acknowledged on Tuesday that its troops had withdrawn from their positions in Wad Madani and said a committee would investigate the reasons. It promised that the city would be recaptured.

The RSF offensive began on Friday, when fighters crossed the Blue Nile at the bridge in the village of Hantoub, east of the city, and took the village, the UN humanitarian office said.

Wad Madani had become a refuge for about half a million people who fled the capital after war broke out between the army and the RSF in April. The paramilitary force has controlled most of Khartoum since the first weeks of the conflict, while the army retains its bases in Omdurman.

The World Food Programme said it had suspended aid deliveries in parts of Gezira state, and thousands of families were again on the move toward Sennar and Gedaref. Doctors said the main hospital in the city had stopped admitting patients.

Read more: What is behind the war in Sudan?"""
article("b4-009", "https://hornmonitor.example.org/sudan/2023/12/19/rsf-wad-madani",
        "Horn of Africa Monitor", "2023-12-19",
        "RSF says it has seized Wad Madani; Sudan army announces inquiry", T9, "en")
a = "b4-009"
c(a, "Wad Madani", "Wad Madani", "captured", "RSF", A, "2023-12-18", "day", "relative", "Rapid Support Forces", "RSF", F, F, None,
  "Sudan's paramilitary Rapid Support Forces said on Monday that they had taken control of Wad Madani, the capital of Gezira state and one of the country's largest cities, after four days of fighting.")
c(a, "the central market", "Wad Madani", "entered", "RSF", A, "2023-12-19", "day", "publication", "residents", "unknown", F, F, "central market",
  "Residents reached by phone described RSF pickup trucks moving through the central market.")
c(a, "Wad Madani", "Wad Madani", "withdrew", "SAF", A, "2023-12-19", "day", "relative", "Sudanese Armed Forces", "SAF", F, F, None,
  "The Sudanese Armed Forces acknowledged on Tuesday that its troops had withdrawn from their positions in Wad Madani and said a committee would investigate the reasons.")
c(a, "Hantoub", "Hantoub", "captured", "RSF", A, "2023-12-15", "day", "relative", "UN humanitarian office", "neutral", F, F, None,
  "The RSF offensive began on Friday, when fighters crossed the Blue Nile at the bridge in the village of Hantoub, east of the city, and took the village, the UN humanitarian office said.")
c(a, "Khartoum", "Khartoum", "controls", "RSF", A, "2023-04", "month", "since", "outlet", "neutral", F, F, "most of",
  "The paramilitary force has controlled most of Khartoum since the first weeks of the conflict, while the army retains its bases in Omdurman.")
c(a, "Omdurman", "Omdurman", "controls", "SAF", A, "2023-12-19", "day", "publication", "outlet", "neutral", F, F, "its bases",
  "The paramilitary force has controlled most of Khartoum since the first weeks of the conflict, while the army retains its bases in Omdurman.")

# ---------------------------------------------------------------- b4-010
T10 = """Sudan's army and allied fighters entered the centre of Wad Madani on Saturday, retaking the capital of Gezira state more than a year after it was overrun by the paramilitary Rapid Support Forces, the military said.

Army spokesman Brigadier General Nabil Abdallah said in a statement that troops were "cleaning up the last pockets of the rebel militia" inside the city. Videos shared online appeared to show soldiers celebrating in front of the state government building, though their authenticity could not be confirmed.

In an audio message released late on Saturday, RSF commander Mohamed Hamdan Dagalo, known as Hemedti, admitted that his forces had lost Wad Madani, but said: "We lost a round, not the battle."

The RSF had swept into the city in December 2023, prompting a wave of displacement across central Sudan.

The army has made steady gains in recent months. In late September it crossed bridges into central Khartoum, and in November it recaptured the town of Sinja in Sennar state, according to military statements.

Elsewhere, the RSF continued to besiege El Fasher, the last army stronghold in the Darfur region, which the paramilitaries have surrounded since May.

Army commanders said the next aim was to push the RSF out of Khartoum entirely. Aid groups warned that fighting on the roads to El Obeid was cutting off supplies to millions of people.

Subscribe to our Africa newsletter for weekly analysis."""
article("b4-010", "https://nilegazette.example.net/2025/01/12/army-retakes-wad-madani",
        "Nile Gazette", "2025-01-12",
        "Sudanese army retakes Wad Madani, a year after its fall to RSF", T10, "en")
a = "b4-010"
S10 = "Sudan's army and allied fighters entered the centre of Wad Madani on Saturday, retaking the capital of Gezira state more than a year after it was overrun by the paramilitary Rapid Support Forces, the military said."
c(a, "Wad Madani", "Wad Madani", "captured", "SAF", A, "2025-01-11", "day", "relative", "the military", "SAF", F, F, None, S10)
c(a, "the centre of Wad Madani", "Wad Madani", "entered", "SAF", A, "2025-01-11", "day", "relative", "the military", "SAF", F, F, "centre", S10)
c(a, "the state government building", "Wad Madani", "entered", "SAF", A, "2025-01-12", "day", "publication", "videos shared online", "unknown", T, F,
  "state government building",
  "Videos shared online appeared to show soldiers celebrating in front of the state government building, though their authenticity could not be confirmed.")
c(a, "Wad Madani", "Wad Madani", "lost", "RSF", A, "2025-01-11", "day", "relative", "Mohamed Hamdan Dagalo", "RSF", F, F, None,
  "In an audio message released late on Saturday, RSF commander Mohamed Hamdan Dagalo, known as Hemedti, admitted that his forces had lost Wad Madani, but said: \"We lost a round, not the battle.\"")
c(a, "the city", "Wad Madani", "captured", "RSF", A, "2023-12", "month", "explicit", "outlet", "neutral", F, T, None,
  "The RSF had swept into the city in December 2023, prompting a wave of displacement across central Sudan.")
S10b = "In late September it crossed bridges into central Khartoum, and in November it recaptured the town of Sinja in Sennar state, according to military statements."
c(a, "central Khartoum", "Khartoum", "entered", "SAF", A, "2024-09", "month", "explicit", "military statements", "SAF", F, T, "central", S10b)
c(a, "Sinja", "Sinja", "captured", "SAF", A, "2024-11", "month", "explicit", "military statements", "SAF", F, T, None, S10b)
S10c = "Elsewhere, the RSF continued to besiege El Fasher, the last army stronghold in the Darfur region, which the paramilitaries have surrounded since May."
c(a, "El Fasher", "El Fasher", "encircled/blockaded", "RSF", A, "2024-05", "month", "since", "outlet", "neutral", F, F, None, S10c)
c(a, "El Fasher", "El Fasher", "controls", "SAF", A, "2025-01-12", "day", "publication", "outlet", "neutral", F, F, None, S10c)

# ---------------------------------------------------------------- b4-011 (published unknown)
T11 = """Severodonetsk falls as Ukrainian units pull back toward Lysychansk

Russian forces now fully occupy Sievierodonetsk, the governor of Luhansk region, Serhiy Haidai, said on June 25, 2022, a day after Ukraine's military ordered its troops to retreat from the ruined city after weeks of street fighting.

"Unfortunately, the Russians are now in complete control of the city," Haidai said on Telegram, adding that Ukrainian forces had left with their equipment. The Azot chemical plant, where hundreds of civilians had sheltered for weeks, was also in Russian hands, he said. In early June, Haidai had estimated that Russian troops controlled about 80% of the city.

Officials of the self-proclaimed Luhansk People's Republic said the "liberation" of Severodonetsk had been completed, as had that of the nearby villages of Syrotyne, Voronove and Borivske. Andrei Marochko, a spokesman for the separatist militia, told RIA Novosti that LPR units and Russian troops had also fully encircled the Ukrainian grouping in the Hirske and Zolote area. Ukraine's General Staff said on Friday that troops had been withdrawn from Hirske.

Russian troops were also advancing on Lysychansk, the last Ukrainian-held city in the region, from the south, Haidai said, and had reached the Lysychansk oil refinery. Moscow's aim is to encircle the city and take the whole of Luhansk region, British intelligence said.

Ukrainian commanders have said they will defend Lysychansk for as long as it makes sense militarily. Volunteers said they had evacuated 40 residents from Lysychansk in a single day under shelling.

Related: EU grants Ukraine candidate status"""
article("b4-011", "https://steppeobserver.example.org/luhansk/severodonetsk-falls",
        "Steppe Observer", None,
        "Severodonetsk falls as Ukrainian units pull back toward Lysychansk", T11, "en")
a = "b4-011"
c(a, "Sievierodonetsk", "Sievierodonetsk", "controls", "RU", A, "2022-06-25", "day", "explicit", "Serhiy Haidai", "UA", F, F, None,
  "Russian forces now fully occupy Sievierodonetsk, the governor of Luhansk region, Serhiy Haidai, said on June 25, 2022, a day after Ukraine's military ordered its troops to retreat from the ruined city after weeks of street fighting.")
c(a, "the city", "Sievierodonetsk", "withdrew", "UA", A, "2022-06-25", "day", "explicit", "Serhiy Haidai", "UA", F, F, None,
  "\"Unfortunately, the Russians are now in complete control of the city,\" Haidai said on Telegram, adding that Ukrainian forces had left with their equipment.")
c(a, "The Azot chemical plant", "Sievierodonetsk", "controls", "RU", A, "2022-06-25", "day", "explicit", "Serhiy Haidai", "UA", F, F,
  "Azot chemical plant",
  "The Azot chemical plant, where hundreds of civilians had sheltered for weeks, was also in Russian hands, he said.")
c(a, "the city", "Sievierodonetsk", "controls", "RU", A, "2022-06", "month", "explicit", "Serhiy Haidai", "UA", F, T, "about 80%",
  "In early June, Haidai had estimated that Russian troops controlled about 80% of the city.")
S11 = "Officials of the self-proclaimed Luhansk People's Republic said the \"liberation\" of Severodonetsk had been completed, as had that of the nearby villages of Syrotyne, Voronove and Borivske."
for pl, cn in [("Severodonetsk", "Sievierodonetsk"), ("Syrotyne", "Syrotyne"), ("Voronove", "Voronove"), ("Borivske", "Borivske")]:
    c(a, pl, cn, "liberated", "RU", A, None, None, "publication", "Luhansk People's Republic officials", "RU", F, F, None, S11)
S11b = "Andrei Marochko, a spokesman for the separatist militia, told RIA Novosti that LPR units and Russian troops had also fully encircled the Ukrainian grouping in the Hirske and Zolote area."
c(a, "Hirske", "Hirske", "encircled/blockaded", "RU", A, None, None, "publication", "Andrei Marochko", "RU", F, F, None, S11b)
c(a, "Zolote", "Zolote", "encircled/blockaded", "RU", A, None, None, "publication", "Andrei Marochko", "RU", F, F, None, S11b)
c(a, "Hirske", "Hirske", "withdrew", "UA", A, None, None, "relative", "Ukraine's General Staff", "UA", F, F, None,
  "Ukraine's General Staff said on Friday that troops had been withdrawn from Hirske.")
S11c = "Russian troops were also advancing on Lysychansk, the last Ukrainian-held city in the region, from the south, Haidai said, and had reached the Lysychansk oil refinery."
c(a, "Lysychansk", "Lysychansk", "advancing_toward", "RU", A, None, None, "publication", "Serhiy Haidai", "UA", F, F, "from the south", S11c)
c(a, "the Lysychansk oil refinery", "Lysychansk", "entered", "RU", A, None, None, "publication", "Serhiy Haidai", "UA", F, F, "Lysychansk oil refinery", S11c)
c(a, "Lysychansk", "Lysychansk", "controls", "UA", A, None, None, "publication", "outlet", "neutral", F, F, None, S11c)

# ---------------------------------------------------------------- b4-012 (ru)
T12 = """Минобороны РФ объявило об освобождении Угледара

Российские войска полностью освободили Угледар в Донецкой Народной Республике, сообщило в четверг Министерство обороны России. По данным ведомства, операцию провели подразделения группировки «Восток» при поддержке авиации и артиллерии.

Двумя днями ранее, во вторник вечером, командование украинской группировки «Хортица» заявило в Telegram, что разрешило отвести подразделения из Угледара «для сохранения личного состава и боевой техники». По словам украинских военных, противник пытался окружить город с флангов.

«Над зданием городской администрации уже поднят флаг», — рассказал в эфире телеканала «Россия-24» военный корреспондент, ссылаясь на бойцов 72-й бригады. Независимо проверить эти сведения не удалось.

Угледар, до войны насчитывавший около 14 тысяч жителей, стоит на возвышенности и более двух лет оставался одним из опорных пунктов украинской обороны на стыке южного и донецкого направлений. Зимой 2023 года украинские части отбили несколько крупных штурмов города, в ходе которых российская морская пехота понесла тяжелые потери.

Военный эксперт Василий Дандыкин считает, что следующей целью наступления может стать Курахово. По словам местных властей, в последние недели из окрестных сел эвакуированы десятки семей, а Великую Новоселку продолжают обстреливать.

Читайте также: Российские войска продвинулись у Торецка и Нью-Йорка"""
article("b4-012", "https://yuvestnik.example.ru/news/2024/10/03/ugledar",
        "Южный вестник", "2024-10-03",
        "Минобороны РФ объявило об освобождении Угледара", T12, "ru")
a = "b4-012"
c(a, "Угледар", "Vuhledar", "liberated", "RU", A, "2024-10-03", "day", "relative", "Министерство обороны России", "RU", F, F, None,
  "Российские войска полностью освободили Угледар в Донецкой Народной Республике, сообщило в четверг Министерство обороны России.")
c(a, "Угледара", "Vuhledar", "withdrew", "UA", A, "2024-10-01", "day", "relative", "группировка «Хортица»", "UA", F, F, None,
  "Двумя днями ранее, во вторник вечером, командование украинской группировки «Хортица» заявило в Telegram, что разрешило отвести подразделения из Угледара «для сохранения личного состава и боевой техники».")
c(a, "зданием городской администрации", "Vuhledar", "entered", "RU", A, "2024-10-03", "day", "publication", "военный корреспондент «Россия-24»", "RU", T, F,
  "здание городской администрации",
  "«Над зданием городской администрации уже поднят флаг», — рассказал в эфире телеканала «Россия-24» военный корреспондент, ссылаясь на бойцов 72-й бригады.")
c(a, "Угледар", "Vuhledar", "controls", "UA", A, "2022", "year", "since", "outlet", "RU", F, T, None,
  "Угледар, до войны насчитывавший около 14 тысяч жителей, стоит на возвышенности и более двух лет оставался одним из опорных пунктов украинской обороны на стыке южного и донецкого направлений.")
c(a, "города", "Vuhledar", "repelled_attack", "UA", A, "2023", "year", "explicit", "outlet", "RU", F, T, None,
  "Зимой 2023 года украинские части отбили несколько крупных штурмов города, в ходе которых российская морская пехота понесла тяжелые потери.")

# ---------------------------------------------------------------- b4-013 (ru)
T13 = """Министерство обороны России в четверг объявило об освобождении Суджи — крупнейшего населенного пункта Курской области, который украинские войска удерживали с августа прошлого года. Кроме того, по данным ведомства, российские подразделения заняли села Мельновая и Подол.

Днем ранее начальник Генштаба Валерий Герасимов доложил Владимиру Путину, что за последние пять дней «освобождены» 24 населенных пункта, в том числе Мартыновка и Казачья Локня. В тот же день Путин в военной форме посетил один из командных пунктов в Курской области.

Генштаб ВСУ опроверг сообщения об окружении украинских войск в Курской области, назвав их «фальшивыми и политически мотивированными». Украинская сторона потерю Суджи официально не комментировала, однако аналитический проект DeepState уже обозначил город на своей карте как подконтрольный российской армии.

Президент Украины Владимир Зеленский ранее говорил, что курская операция выполнила свою задачу и что войска могут отойти «на более выгодные позиции», если это потребуется.

В Институте изучения войны (ISW) отметили, что геолоцированные кадры, вероятно, подтверждают присутствие российских военных в центре Суджи.

Жителям освобожденных сел понадобится гуманитарная помощь, заявил врио губернатора Александр Хинштейн. По его словам, в регионе продолжают работать пункты временного размещения.

Читайте также: В Судже восстанавливают газопровод — что известно"""
article("b4-013", "https://baltobozrevatel.example.lv/ru/2025/03/14/sudzha",
        "Балтийский обозреватель", "2025-03-14",
        "Минобороны России заявило о взятии Суджи", T13, "ru")
a = "b4-013"
S13 = "Министерство обороны России в четверг объявило об освобождении Суджи — крупнейшего населенного пункта Курской области, который украинские войска удерживали с августа прошлого года."
c(a, "Суджи", "Sudzha", "liberated", "RU", A, "2025-03-13", "day", "relative", "Министерство обороны России", "RU", F, F, None, S13)
c(a, "Суджи", "Sudzha", "controls", "UA", A, "2024-08", "month", "since", "outlet", "neutral", F, T, None, S13)
S13b = "Кроме того, по данным ведомства, российские подразделения заняли села Мельновая и Подол."
c(a, "Мельновая", "Melnovaya", "captured", "RU", A, "2025-03-13", "day", "relative", "Министерство обороны России", "RU", F, F, None, S13b)
c(a, "Подол", "Podol", "captured", "RU", A, "2025-03-13", "day", "relative", "Министерство обороны России", "RU", F, F, None, S13b)
S13c = "Днем ранее начальник Генштаба Валерий Герасимов доложил Владимиру Путину, что за последние пять дней «освобождены» 24 населенных пункта, в том числе Мартыновка и Казачья Локня."
c(a, "Мартыновка", "Martynovka", "liberated", "RU", A, "2025-03-12", "day", "relative", "Валерий Герасимов", "RU", F, F, None, S13c)
c(a, "Казачья Локня", "Kazachya Loknya", "liberated", "RU", A, "2025-03-12", "day", "relative", "Валерий Герасимов", "RU", F, F, None, S13c)
c(a, "город", "Sudzha", "controls", "RU", A, "2025-03-14", "day", "publication", "DeepState", "UA", F, F, None,
  "Украинская сторона потерю Суджи официально не комментировала, однако аналитический проект DeepState уже обозначил город на своей карте как подконтрольный российской армии.")
c(a, "центре Суджи", "Sudzha", "entered", "RU", A, "2025-03-14", "day", "publication", "Институт изучения войны (ISW)", "neutral", T, F, "центр",
  "В Институте изучения войны (ISW) отметили, что геолоцированные кадры, вероятно, подтверждают присутствие российских военных в центре Суджи.")

# ---------------------------------------------------------------- b4-014 (uk)
T14 = """ЗСУ звільнили Ізюм: як просувається контрнаступ на Харківщині

Українські військові звільнили Ізюм — один з головних логістичних вузлів російських окупантів на Харківщині. Про це в неділю повідомив голова Харківської обласної військової адміністрації Олег Синєгубов, оприлюднивши фото з прапором над міською радою.

Днем раніше Генштаб ЗСУ підтвердив, що українські підрозділи зайшли в Куп'янськ. Водночас, за словами місцевих жителів, лівобережна частина міста, за річкою Оскіл, досі перебуває під контролем росіян.

Міністерство оборони Росії в суботу заявило, що війська «перегруповуються» з районів Балаклії та Ізюма для посилення донецького напрямку. Аналітики ж називають це поспішним відступом росіян з Балаклії та Ізюма.

У понеділок у соцмережах з'явилися повідомлення, що окупанти нібито залишили Вовчанськ, однак офіційного підтвердження поки немає. «Ми бачимо, що вони кидають техніку і тікають», — розповів журналістам боєць 92-ї бригади з позивним «Сокіл».

Балаклію, яку росіяни захопили на початку березня, українські сили звільнили ще 8 вересня, нагадує видання.

Синєгубов також закликав мешканців деокупованих громад не повертатися поспіхом: територію ще розміновують, а обстріли Харкова тривають.

Президент Володимир Зеленський у вечірньому зверненні пообіцяв, що ЗСУ звільнять кожне місто й село.

Читайте також: Як отримати гуманітарну допомогу в Харкові"""
article("b4-014", "https://slobkurier.example.com.ua/news/2022/09/12/izium",
        "Слобідський кур'єр", "2022-09-12",
        "ЗСУ звільнили Ізюм: як просувається контрнаступ на Харківщині", T14, "uk")
a = "b4-014"
c(a, "Ізюм", "Izium", "liberated", "UA", A, "2022-09-11", "day", "relative", "Олег Синєгубов", "UA", F, F, None,
  "Українські військові звільнили Ізюм — один з головних логістичних вузлів російських окупантів на Харківщині.")
c(a, "Куп'янськ", "Kupiansk", "entered", "UA", A, "2022-09-10", "day", "relative", "Генштаб ЗСУ", "UA", F, F, None,
  "Днем раніше Генштаб ЗСУ підтвердив, що українські підрозділи зайшли в Куп'янськ.")
c(a, "міста", "Kupiansk", "controls", "RU", A, "2022-09-12", "day", "publication", "місцеві жителі", "unknown", F, F,
  "лівобережна частина міста, за річкою Оскіл",
  "Водночас, за словами місцевих жителів, лівобережна частина міста, за річкою Оскіл, досі перебуває під контролем росіян.")
S14 = "Міністерство оборони Росії в суботу заявило, що війська «перегруповуються» з районів Балаклії та Ізюма для посилення донецького напрямку."
c(a, "Балаклії", "Balakliia", "withdrew", "RU", A, "2022-09-10", "day", "relative", "Міністерство оборони Росії", "RU", F, F, None, S14)
c(a, "Ізюма", "Izium", "withdrew", "RU", A, "2022-09-10", "day", "relative", "Міністерство оборони Росії", "RU", F, F, None, S14)
S14b = "Аналітики ж називають це поспішним відступом росіян з Балаклії та Ізюма."
c(a, "Балаклії", "Balakliia", "withdrew", "RU", A, "2022-09-10", "day", "relative", "аналітики", "neutral", F, F, None, S14b)
c(a, "Ізюма", "Izium", "withdrew", "RU", A, "2022-09-10", "day", "relative", "аналітики", "neutral", F, F, None, S14b)
c(a, "Вовчанськ", "Vovchansk", "withdrew", "RU", A, "2022-09-12", "day", "relative", "соцмережі", "unknown", T, F, None,
  "У понеділок у соцмережах з'явилися повідомлення, що окупанти нібито залишили Вовчанськ, однак офіційного підтвердження поки немає.")
S14c = "Балаклію, яку росіяни захопили на початку березня, українські сили звільнили ще 8 вересня, нагадує видання."
c(a, "Балаклію", "Balakliia", "captured", "RU", A, "2022-03", "month", "explicit", "outlet", "UA", F, T, None, S14c)
c(a, "Балаклію", "Balakliia", "liberated", "UA", A, "2022-09-08", "day", "explicit", "outlet", "UA", F, T, None, S14c)


# ---------------------------------------------------------------- write + check
def main():
    errors = []
    by_id = {x["id"]: x for x in ARTICLES}
    if len(by_id) != len(ARTICLES):
        errors.append("duplicate article ids")
    # dev gold field set
    fields = list(GOLD_FIELDS)
    if os.path.exists(DEV_GOLD):
        with open(DEV_GOLD, encoding="utf-8") as fh:
            dev_fields = list(json.loads(fh.readline()).keys())
        if set(dev_fields) != set(GOLD_FIELDS):
            errors.append(f"field set differs from dev gold: {sorted(set(dev_fields) ^ set(GOLD_FIELDS))}")
        fields = dev_fields
    # number claims per article
    counters = {}
    out = []
    for cl in CLAIMS:
        aid = cl["article_id"]
        if aid not in by_id:
            errors.append(f"unknown article {aid}")
            continue
        counters[aid] = counters.get(aid, 0) + 1
        rec = dict(cl)
        rec["claim_id"] = f"{aid}#{counters[aid]}"
        out.append({k: rec[k] for k in fields})
    ids = [r["claim_id"] for r in out]
    if len(ids) != len(set(ids)):
        errors.append("duplicate claim ids")
    for r in out:
        if set(r.keys()) != set(GOLD_FIELDS):
            errors.append(f"{r['claim_id']}: field set")
        if r["evidence"] not in by_id[r["article_id"]]["text"]:
            errors.append(f"{r['claim_id']}: evidence not verbatim: {r['evidence'][:60]}")
        if r["place"] not in r["evidence"]:
            errors.append(f"{r['claim_id']}: place not in evidence: {r['place']}")
        if r["claim_type"] not in {"captured", "liberated", "controls", "entered", "encircled/blockaded",
                                   "advancing_toward", "withdrew", "repelled_attack", "contested", "lost"}:
            errors.append(f"{r['claim_id']}: claim_type {r['claim_type']}")
        if r["polarity"] not in {"affirmed", "denied"}:
            errors.append(f"{r['claim_id']}: polarity")
        if r["date_basis"] not in {"explicit", "relative", "publication", "since", "none"}:
            errors.append(f"{r['claim_id']}: date_basis")
        ed, pr = r["event_date"], r["date_precision"]
        pat = {"day": r"^\d{4}-\d\d-\d\d$", "month": r"^\d{4}-\d\d$", "year": r"^\d{4}$", None: None}
        if pr not in pat:
            errors.append(f"{r['claim_id']}: precision {pr}")
        elif pr is None:
            if ed is not None:
                errors.append(f"{r['claim_id']}: date without precision")
        elif not (ed and re.match(pat[pr], ed)):
            errors.append(f"{r['claim_id']}: date {ed} vs precision {pr}")
        if r["claim_type"] == "contested":
            if r["actor"] is not None:
                errors.append(f"{r['claim_id']}: contested with actor")
        elif r["actor"] not in {"UA", "RU", "RSF", "SAF"}:
            errors.append(f"{r['claim_id']}: actor {r['actor']}")
    # article checks
    for x in ARTICLES:
        n = len(x["text"].split())
        if not 150 <= n <= 300:
            errors.append(f"{x['id']}: {n} words")
        if not x["url"].startswith("https://") or ".example." not in x["url"]:
            errors.append(f"{x['id']}: url")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as fh:
        for x in ARTICLES:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    # summary
    from collections import Counter
    print(f"articles: {len(ARTICLES)}  claims: {len(out)}")
    print("languages:", dict(Counter(x["language"] for x in ARTICLES)))
    print("words:", {x["id"]: len(x["text"].split()) for x in ARTICLES})
    for key in ["claim_type", "polarity", "hedged", "background", "source_side", "actor", "date_basis", "date_precision"]:
        print(f"{key}:", dict(Counter(str(r[key]) for r in out)))
    print("per article:", dict(Counter(r["article_id"] for r in out)))


if __name__ == "__main__":
    main()
