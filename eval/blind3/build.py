#!/usr/bin/env python3
"""Blind evaluation set b3 for claimline: writes articles.jsonl and gold.jsonl and checks them.

Texts and annotations were written by hand, without reading the project's code or rules
(see README.md). Run: python3 build.py
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# The dev gold beside the repository (../shared), for the field-set check only.
DEV_GOLD = os.path.join(HERE, "..", "..", "..", "shared", "eval", "dev", "gold.jsonl")

ARTICLES = []
GOLD = []


def art(id_, title, text, url, published, outlet, language):
    ARTICLES.append({"id": id_, "url": url, "outlet": outlet, "published": published,
                     "language": language, "title": title, "text": text.strip("\n")})


def C(place, canon, ctype, actor, pol, date, prec, basis, src, side, hedged, bg, extent, evidence):
    aid = ARTICLES[-1]["id"]
    n = sum(1 for g in GOLD if g["article_id"] == aid) + 1
    GOLD.append({"claim_id": f"{aid}#{n}", "article_id": aid, "place": place,
                 "place_canonical": canon, "claim_type": ctype, "actor": actor,
                 "polarity": pol, "event_date": date, "date_precision": prec,
                 "date_basis": basis, "source_of_claim": src, "source_side": side,
                 "hedged": hedged, "background": bg, "extent": extent, "evidence": evidence})


A, D = "affirmed", "denied"
T, F = True, False

# ---------------------------------------------------------------- b3-001 Kherson
art("b3-001", "Ukrainian troops enter Kherson as Russia completes pullback", '''
Ukrainian troops enter Kherson as Russia completes pullback

KYIV, Nov 11 - Ukrainian soldiers were greeted by crowds waving blue-and-yellow flags in central Kherson on Friday, hours after Moscow said the last of its units had crossed to the eastern bank of the Dnipro.

"Kherson is returning under Ukrainian control," Ukraine's military intelligence agency said in a statement on Telegram, urging any Russian soldiers still hiding in the city to surrender immediately.

Russia's defence ministry said the withdrawal of its forces from the city and from nearby settlements on the right bank had been completed at 5 a.m. Moscow time. It insisted that not a single piece of equipment had been left behind, a point Kyiv disputes.

President Volodymyr Zelensky called it a historic day. "We are getting the south of the country back," he said in his evening address.

The regional capital was the only one seized by Russia since the start of the full-scale invasion, falling in early March after a few days of fighting.

On Thursday, Ukraine's armed forces said they had retaken Snihurivka, a town on the road north-east of Mykolaiv, along with dozens of villages on the way south.

Officials warned that the city remained heavily mined and within range of Russian artillery on the opposite bank. Electricity and running water have been cut for days, and aid convoys are expected once sappers clear the main roads.

Ukrainian commanders have said their next goal is to drive Russian forces further from the river, though a crossing of the Dnipro under fire would be extremely difficult.

Read more: Russia orders retreat from Kherson's right bank

Sign up for our morning briefing on the war in Ukraine.
''', "https://news.example.org/world/2022/11/11/ukrainian-troops-enter-kherson", "2022-11-11",
    "Northbridge Daily", "en")
C("Kherson", "Kherson", "entered", "UA", A, "2022-11-11", "day", "relative", "outlet", "unknown", F, F, "central Kherson",
  "KYIV, Nov 11 - Ukrainian soldiers were greeted by crowds waving blue-and-yellow flags in central Kherson on Friday, hours after Moscow said the last of its units had crossed to the eastern bank of the Dnipro.")
C("Kherson", "Kherson", "liberated", "UA", A, "2022-11-11", "day", "publication", "Ukraine's military intelligence agency", "UA", F, F, None,
  "\"Kherson is returning under Ukrainian control,\" Ukraine's military intelligence agency said in a statement on Telegram, urging any Russian soldiers still hiding in the city to surrender immediately.")
C("the city", "Kherson", "withdrew", "RU", A, "2022-11-11", "day", "publication", "Russia's defence ministry", "RU", F, F, None,
  "Russia's defence ministry said the withdrawal of its forces from the city and from nearby settlements on the right bank had been completed at 5 a.m. Moscow time.")
C("The regional capital", "Kherson", "captured", "RU", A, "2022-03", "month", "relative", "outlet", "unknown", F, T, None,
  "The regional capital was the only one seized by Russia since the start of the full-scale invasion, falling in early March after a few days of fighting.")
C("Snihurivka", "Snihurivka", "captured", "UA", A, "2022-11-10", "day", "relative", "Ukraine's armed forces", "UA", F, F, None,
  "On Thursday, Ukraine's armed forces said they had retaken Snihurivka, a town on the road north-east of Mykolaiv, along with dozens of villages on the way south.")

# ---------------------------------------------------------------- b3-002 Bakhmut
art("b3-002", "Wagner chief claims Bakhmut, Kyiv says fight goes on", '''
Wagner chief claims Bakhmut, Kyiv says fight goes on

The head of Russia's Wagner mercenary group, Yevgeny Prigozhin, said on Saturday that his fighters had taken full control of Bakhmut after the longest and bloodiest battle of the war, a claim Ukraine swiftly rejected.

"Today at 12 noon, Bakhmut was completely taken," Prigozhin said in a video posted on Telegram, standing in front of a row of fighters holding Russian flags. He said Wagner would hand the ruins over to the regular army and pull its men out by the start of June.

Hours later Russia's defence ministry announced that the "liberation of the city of Artemovsk" had been completed by Wagner assault units supported by army artillery and aviation, using the Soviet-era name of the city. President Vladimir Putin congratulated the troops, the Kremlin said.

Kyiv denied on Saturday that the town had fallen. "Fighting continues in Bakhmut," Deputy Defence Minister Hanna Maliar wrote on Telegram. "Our defenders control some industrial and infrastructure facilities in the area of the 'Litak' in the south-west of the city." She added that Ukrainian forces were still advancing on the flanks, in the suburbs of the town.

At the G7 summit in Hiroshima on Sunday, President Volodymyr Zelensky gave an ambiguous answer when asked whether Bakhmut was still in Ukrainian hands, saying there was "nothing" left of it. His spokesman later said the president had been denying the city's capture.

AFP could not independently verify Prigozhin's claim.

Russian forces first moved on Bakhmut in the summer of 2022, and Wagner took the nearby salt-mining town of Soledar in January after weeks of fighting.
''', "https://wire.example.com/2023/05/21/wagner-bakhmut-claim", "2023-05-21", "AFP", "en")
C("Bakhmut", "Bakhmut", "captured", "RU", A, "2023-05-20", "day", "relative", "Yevgeny Prigozhin", "RU", T, F, None,
  "The head of Russia's Wagner mercenary group, Yevgeny Prigozhin, said on Saturday that his fighters had taken full control of Bakhmut after the longest and bloodiest battle of the war, a claim Ukraine swiftly rejected.")
C("the city of Artemovsk", "Bakhmut", "liberated", "RU", A, "2023-05-20", "day", "relative", "Russia's defence ministry", "RU", F, F, None,
  "Hours later Russia's defence ministry announced that the \"liberation of the city of Artemovsk\" had been completed by Wagner assault units supported by army artillery and aviation, using the Soviet-era name of the city.")
C("the town", "Bakhmut", "captured", "RU", D, "2023-05-20", "day", "relative", "Hanna Maliar", "UA", F, F, None,
  "Kyiv denied on Saturday that the town had fallen.")
C("Bakhmut", "Bakhmut", "contested", None, A, "2023-05-20", "day", "relative", "Hanna Maliar", "UA", F, F, None,
  "\"Fighting continues in Bakhmut,\" Deputy Defence Minister Hanna Maliar wrote on Telegram.")
C("the city", "Bakhmut", "controls", "UA", A, "2023-05-20", "day", "relative", "Hanna Maliar", "UA", F, F,
  "some industrial and infrastructure facilities in the area of the 'Litak' in the south-west",
  "\"Our defenders control some industrial and infrastructure facilities in the area of the 'Litak' in the south-west of the city.\"")
C("the town", "Bakhmut", "advancing_toward", "UA", A, "2023-05-20", "day", "relative", "Hanna Maliar", "UA", F, F, "the flanks, in the suburbs",
  "She added that Ukrainian forces were still advancing on the flanks, in the suburbs of the town.")
C("the city", "Bakhmut", "captured", "RU", D, "2023-05-21", "day", "relative", "Zelensky's spokesman", "UA", F, F, None,
  "His spokesman later said the president had been denying the city's capture.")
C("Bakhmut", "Bakhmut", "advancing_toward", "RU", A, "2022", "year", "explicit", "outlet", "neutral", F, T, None,
  "Russian forces first moved on Bakhmut in the summer of 2022, and Wagner took the nearby salt-mining town of Soledar in January after weeks of fighting.")
C("Soledar", "Soledar", "captured", "RU", A, "2023-01", "month", "relative", "outlet", "neutral", F, T, None,
  "Russian forces first moved on Bakhmut in the summer of 2022, and Wagner took the nearby salt-mining town of Soledar in January after weeks of fighting.")

# ---------------------------------------------------------------- b3-003 Avdiivka
art("b3-003", "Russia claims full control of Avdiivka after Ukrainian pullout", '''
Russia claims full control of Avdiivka after Ukrainian pullout

Russia's defence ministry said on Saturday that its forces had taken complete control of Avdiivka, hours after Ukraine's top commander ordered his troops out of the ruined industrial town to spare them from being surrounded.

Defence Minister Sergei Shoigu reported the capture to President Vladimir Putin, who congratulated the troops on "an important victory", the Kremlin said. The ministry added that its units had cleared the sprawling Avdiivka coke and chemical plant, the last Ukrainian stronghold in the town.

In a statement posted late on Friday, Colonel General Oleksandr Syrskyi said he had decided to withdraw units from Avdiivka and move to defence along more favourable lines "in order to avoid encirclement and preserve the lives and health of servicemen".

Brigadier General Oleksandr Tarnavskyi, who commands the southern grouping of forces, said on Saturday that the withdrawal from Avdiivka had been completed, while acknowledging that a number of soldiers had been taken prisoner in its final stage.

The Institute for the Study of War said Russian forces had likely seized most of the town before the order was given. It assessed that the fall of Avdiivka was caused in part by Ukrainian shortages of artillery ammunition.

Ukrainian forces had held Avdiivka since the summer of 2014, and the town withstood a renewed Russian offensive that began in October, when Moscow threw wave after wave of armour at its northern and southern flanks.

Military analysts expect Russian commanders to press on toward the villages of Lastochkyne and Orlivka to the west.

Only around 900 of the town's pre-war population of 32,000 were still living there, regional officials said, most of them elderly people sheltering in basements.

Related: Zelensky presses allies for more air defence in Munich
''', "https://apnews.example.com/article/avdiivka-russia-control-2024", "2024-02-18", "Associated Press", "en")
C("Avdiivka", "Avdiivka", "captured", "RU", A, "2024-02-17", "day", "relative", "Russia's defence ministry", "RU", F, F, None,
  "Russia's defence ministry said on Saturday that its forces had taken complete control of Avdiivka, hours after Ukraine's top commander ordered his troops out of the ruined industrial town to spare them from being surrounded.")
C("Avdiivka", "Avdiivka", "captured", "RU", A, "2024-02-17", "day", "relative", "Russia's defence ministry", "RU", F, F, "Avdiivka coke and chemical plant",
  "The ministry added that its units had cleared the sprawling Avdiivka coke and chemical plant, the last Ukrainian stronghold in the town.")
C("Avdiivka", "Avdiivka", "withdrew", "UA", A, "2024-02-16", "day", "relative", "Oleksandr Syrskyi", "UA", F, F, None,
  "In a statement posted late on Friday, Colonel General Oleksandr Syrskyi said he had decided to withdraw units from Avdiivka and move to defence along more favourable lines \"in order to avoid encirclement and preserve the lives and health of servicemen\".")
C("Avdiivka", "Avdiivka", "withdrew", "UA", A, "2024-02-17", "day", "relative", "Oleksandr Tarnavskyi", "UA", F, F, None,
  "Brigadier General Oleksandr Tarnavskyi, who commands the southern grouping of forces, said on Saturday that the withdrawal from Avdiivka had been completed, while acknowledging that a number of soldiers had been taken prisoner in its final stage.")
C("the town", "Avdiivka", "controls", "RU", A, "2024-02-16", "day", "relative", "Institute for the Study of War", "neutral", T, F, "most of the town",
  "The Institute for the Study of War said Russian forces had likely seized most of the town before the order was given.")
C("Avdiivka", "Avdiivka", "captured", "RU", A, "2024-02-18", "day", "publication", "Institute for the Study of War", "neutral", F, F, None,
  "It assessed that the fall of Avdiivka was caused in part by Ukrainian shortages of artillery ammunition.")
C("Avdiivka", "Avdiivka", "controls", "UA", A, "2014", "year", "since", "outlet", "neutral", F, T, None,
  "Ukrainian forces had held Avdiivka since the summer of 2014, and the town withstood a renewed Russian offensive that began in October, when Moscow threw wave after wave of armour at its northern and southern flanks.")
C("the town", "Avdiivka", "repelled_attack", "UA", A, "2023-10", "month", "relative", "outlet", "neutral", F, T, None,
  "Ukrainian forces had held Avdiivka since the summer of 2014, and the town withstood a renewed Russian offensive that began in October, when Moscow threw wave after wave of armour at its northern and southern flanks.")

# ---------------------------------------------------------------- b3-004 Sudzha
art("b3-004", "Ukraine says it has taken full control of Russian town of Sudzha", '''
Ukraine says it has taken full control of Russian town of Sudzha

Ukraine's army chief said on Thursday that his forces had taken complete control of Sudzha, a Russian town of about 5,000 people some 10 km from the border, nine days after Ukrainian troops poured across the frontier into the Kursk region.

"The town of Sudzha has been cleared of enemy troops," Colonel General Oleksandr Syrskyi told President Volodymyr Zelensky in a video call released by the president's office. A military commandant's office was being set up in the town, he said, and his units had advanced one to three kilometres in several areas over the previous day.

Footage geolocated by independent analysts on Monday appeared to show Ukrainian soldiers outside the Gazprom gas metering station on the western edge of the town, through which Russian gas still flows towards Europe.

Moscow has not commented on the town's status. The Russian defence ministry said on Thursday that its forces had repelled attacks by Ukrainian mobile groups on the villages of Cherkasskaya Konopelka and Russkoye Porechnoye.

Alexei Smirnov, the acting governor of the Kursk region, told Vladimir Putin at a televised meeting on Monday that 28 settlements were under Ukrainian control.

Russian military bloggers said Ukrainian units had pushed to within a few kilometres of Korenevo, a district centre to the north-west, but the report could not be confirmed.

More than 120,000 people have been evacuated from the border districts, according to Russian officials, and a federal emergency has been declared.

Zelensky has said the aim of the operation is to create a buffer zone that would protect Ukrainian border communities from Russian shelling.

Get our daily Ukraine war briefing in your inbox.
''', "https://frontmonitor.example.net/2024/08/15/sudzha-control", "2024-08-15", "Eastern Front Monitor", "en")
C("Sudzha", "Sudzha", "captured", "UA", A, "2024-08-15", "day", "relative", "Oleksandr Syrskyi", "UA", F, F, None,
  "Ukraine's army chief said on Thursday that his forces had taken complete control of Sudzha, a Russian town of about 5,000 people some 10 km from the border, nine days after Ukrainian troops poured across the frontier into the Kursk region.")
C("the town", "Sudzha", "entered", "UA", A, "2024-08-12", "day", "relative", "independent analysts", "neutral", T, F,
  "Gazprom gas metering station on the western edge of the town",
  "Footage geolocated by independent analysts on Monday appeared to show Ukrainian soldiers outside the Gazprom gas metering station on the western edge of the town, through which Russian gas still flows towards Europe.")
C("Cherkasskaya Konopelka", "Cherkasskaya Konopelka", "repelled_attack", "RU", A, "2024-08-15", "day", "relative", "Russian defence ministry", "RU", F, F, None,
  "The Russian defence ministry said on Thursday that its forces had repelled attacks by Ukrainian mobile groups on the villages of Cherkasskaya Konopelka and Russkoye Porechnoye.")
C("Russkoye Porechnoye", "Russkoye Porechnoye", "repelled_attack", "RU", A, "2024-08-15", "day", "relative", "Russian defence ministry", "RU", F, F, None,
  "The Russian defence ministry said on Thursday that its forces had repelled attacks by Ukrainian mobile groups on the villages of Cherkasskaya Konopelka and Russkoye Porechnoye.")
C("Korenevo", "Korenevo", "advancing_toward", "UA", A, "2024-08-15", "day", "publication", "Russian military bloggers", "RU", T, F, None,
  "Russian military bloggers said Ukrainian units had pushed to within a few kilometres of Korenevo, a district centre to the north-west, but the report could not be confirmed.")

# ---------------------------------------------------------------- b3-005 Izium / Balakliia
art("b3-005", "Russia pulls troops from Izium as Ukrainian offensive sweeps north-east", '''
Russia pulls troops from Izium as Ukrainian offensive sweeps north-east

Russia said on Saturday it was pulling its troops back from the areas of Izium and Balakliia in north-eastern Ukraine, presenting the retreat as a planned regrouping, as a lightning Ukrainian counteroffensive punched through its lines.

Defence ministry spokesman Igor Konashenkov said a decision had been taken "to regroup the Russian troops stationed in the areas of Balakliia and Izium" in order to step up efforts on the Donetsk front. A three-day operation to move the troops had been carried out, he told reporters.

Hours before the announcement, video shared on social media appeared to show Ukrainian soldiers in the centre of Izium, the main Russian supply hub on this stretch of the front. Kyiv did not immediately confirm that the city had been retaken.

On Thursday, President Volodymyr Zelensky said in his nightly video address that Balakliia had been liberated, and posted footage of soldiers raising the Ukrainian flag over the town hall.

Kupiansk, the rail junction that fed Russian units further south, was also taken, the Ukrainian military said, confirming social media reports.

Russian forces had captured Izium in early April after weeks of heavy bombardment and used it as a base for their operations in Donbas.

Residents who emerged from basements in Balakliia described six months of occupation and shortages of food and medicine. Humanitarian groups said they were preparing convoys as soon as the roads were declared safe.

Some analysts say Lyman, a railway town in the neighbouring Donetsk region, could be Ukraine's next target.

Related: Power cut across Kharkiv after strikes on energy infrastructure
''', "https://www.reuters.example.com/world/europe/2022-09-11/izium-regroup", "2022-09-11", "Reuters", "en")
C("Izium", "Izium", "withdrew", "RU", A, "2022-09-10", "day", "relative", "Igor Konashenkov", "RU", F, F, None,
  "Defence ministry spokesman Igor Konashenkov said a decision had been taken \"to regroup the Russian troops stationed in the areas of Balakliia and Izium\" in order to step up efforts on the Donetsk front.")
C("Balakliia", "Balakliia", "withdrew", "RU", A, "2022-09-10", "day", "relative", "Igor Konashenkov", "RU", F, F, None,
  "Defence ministry spokesman Igor Konashenkov said a decision had been taken \"to regroup the Russian troops stationed in the areas of Balakliia and Izium\" in order to step up efforts on the Donetsk front.")
C("Izium", "Izium", "entered", "UA", A, "2022-09-10", "day", "relative", "video shared on social media", "unknown", T, F, "the centre of Izium",
  "Hours before the announcement, video shared on social media appeared to show Ukrainian soldiers in the centre of Izium, the main Russian supply hub on this stretch of the front.")
C("Balakliia", "Balakliia", "liberated", "UA", A, "2022-09-08", "day", "relative", "Volodymyr Zelensky", "UA", F, F, None,
  "On Thursday, President Volodymyr Zelensky said in his nightly video address that Balakliia had been liberated, and posted footage of soldiers raising the Ukrainian flag over the town hall.")
C("Kupiansk", "Kupiansk", "captured", "UA", A, "2022-09-11", "day", "publication", "the Ukrainian military", "UA", F, F, None,
  "Kupiansk, the rail junction that fed Russian units further south, was also taken, the Ukrainian military said, confirming social media reports.")
C("Izium", "Izium", "captured", "RU", A, "2022-04", "month", "relative", "outlet", "neutral", F, T, None,
  "Russian forces had captured Izium in early April after weeks of heavy bombardment and used it as a base for their operations in Donbas.")

# ---------------------------------------------------------------- b3-006 Mariupol / Azovstal
art("b3-006", "Russia says Azovstal siege over as last Mariupol defenders surrender", '''
Russia says Azovstal siege over as last Mariupol defenders surrender

Russia's defence ministry said on Friday that the Azovstal steel works in Mariupol had been "completely liberated", ending a siege of almost three months that turned the port city into a symbol of Ukrainian resistance.

According to the ministry, the last 531 fighters holed up in the plant's underground tunnels laid down their arms, bringing the total number who had surrendered since Monday to 2,439. Defence Minister Sergei Shoigu reported to President Vladimir Putin "the completion of the operation and the complete liberation of the industrial complex and the city of Mariupol", the ministry said.

Kyiv has avoided the word surrender. Late on Monday, Ukraine's general staff said the garrison had "fulfilled its combat mission" and that commanders had been ordered to save the lives of their personnel; officials have since described the fighters' exit from the plant as an evacuation.

Putin had declared Mariupol "liberated" on 21 April while ordering his commanders not to storm the plant but to block it off "so that not even a fly can get through".

Russian and separatist forces had encircled the city since the first days of March.

Hundreds of civilians are believed to have been killed when the city's drama theatre, where families were sheltering, was bombed on 16 March.

The fate of the captured fighters, among them commanders of the Azov regiment, remains unclear. Kyiv hopes to exchange them for Russian prisoners of war, but officials in Moscow have suggested some could be put on trial.

Denis Pushilin, the head of the Russian-backed separatist administration in Donetsk, said the plant would probably be demolished and the city rebuilt as a resort.

Subscribe to The Courier's daily newsletter.
''', "https://balticcourier.example.org/2022/05/21/azovstal-siege-over", "2022-05-21", "The Baltic Courier", "en")
C("Mariupol", "Mariupol", "liberated", "RU", A, "2022-05-20", "day", "relative", "Russia's defence ministry", "RU", F, F, "Azovstal steel works",
  "Russia's defence ministry said on Friday that the Azovstal steel works in Mariupol had been \"completely liberated\", ending a siege of almost three months that turned the port city into a symbol of Ukrainian resistance.")
C("the city of Mariupol", "Mariupol", "liberated", "RU", A, "2022-05-20", "day", "relative", "Sergei Shoigu", "RU", F, F, None,
  "Defence Minister Sergei Shoigu reported to President Vladimir Putin \"the completion of the operation and the complete liberation of the industrial complex and the city of Mariupol\", the ministry said.")
C("the plant", "Mariupol", "withdrew", "UA", A, "2022-05-16", "day", "relative", "Ukraine's general staff", "UA", F, F, "the plant",
  "Late on Monday, Ukraine's general staff said the garrison had \"fulfilled its combat mission\" and that commanders had been ordered to save the lives of their personnel; officials have since described the fighters' exit from the plant as an evacuation.")
C("Mariupol", "Mariupol", "liberated", "RU", A, "2022-04-21", "day", "explicit", "Vladimir Putin", "RU", F, T, None,
  "Putin had declared Mariupol \"liberated\" on 21 April while ordering his commanders not to storm the plant but to block it off \"so that not even a fly can get through\".")
C("the city", "Mariupol", "encircled/blockaded", "RU", A, "2022-03", "month", "since", "outlet", "unknown", F, T, None,
  "Russian and separatist forces had encircled the city since the first days of March.")

# ---------------------------------------------------------------- b3-007 Vuhledar
art("b3-007", "Ukraine pulls out of Vuhledar after two-year defence", '''
Ukraine pulls out of Vuhledar after two-year defence

Ukrainian troops have withdrawn from Vuhledar, the hilltop mining town in Donetsk Oblast that had resisted Russian assaults since the first months of the full-scale invasion, the military confirmed.

"The High Command gave permission to carry out a manoeuvre to withdraw units from Vuhledar in order to preserve personnel and military equipment," the Khortytsia operational-strategic group said on Telegram two days earlier, on Tuesday evening. The enemy had managed to outflank the town, creating the threat of encirclement, the statement said.

Russia's defence ministry announced on Thursday that its troops had "liberated" the town, which it called Ugledar.

Vuhledar became a byword for failed Russian offensives in early 2023, when columns of tanks and armoured vehicles of Russia's 155th Naval Infantry Brigade were destroyed in minefields on the approaches to the town.

But Russian units broke into the eastern outskirts last month, according to the DeepState monitoring group, which is close to the Ukrainian military.

By late September only a single road into the town remained usable for Ukrainian supplies, and it was under constant Russian drone and artillery fire, soldiers told the Post.

The town had a pre-war population of about 15,000; fewer than 110 civilians were still living there in September, regional officials said.

Analysts warned that Russia could now try to push north towards the Kurakhove area.

Read more: Russian strike on Kharkiv apartment block injures 12
''', "https://kyivpost.example.com/post/2024-10-03-vuhledar-withdrawal", "2024-10-03", "Kyiv Post", "en")
C("Vuhledar", "Vuhledar", "withdrew", "UA", A, "2024-10-01", "day", "relative", "Khortytsia operational-strategic group", "UA", F, F, None,
  "\"The High Command gave permission to carry out a manoeuvre to withdraw units from Vuhledar in order to preserve personnel and military equipment,\" the Khortytsia operational-strategic group said on Telegram two days earlier, on Tuesday evening.")
C("Vuhledar", "Vuhledar", "repelled_attack", "UA", A, "2022", "year", "since", "outlet", "UA", F, T, None,
  "Ukrainian troops have withdrawn from Vuhledar, the hilltop mining town in Donetsk Oblast that had resisted Russian assaults since the first months of the full-scale invasion, the military confirmed.")
C("Ugledar", "Vuhledar", "liberated", "RU", A, "2024-10-03", "day", "relative", "Russia's defence ministry", "RU", F, F, None,
  "Russia's defence ministry announced on Thursday that its troops had \"liberated\" the town, which it called Ugledar.")
C("Vuhledar", "Vuhledar", "repelled_attack", "UA", A, "2023", "year", "explicit", "outlet", "UA", F, T, None,
  "Vuhledar became a byword for failed Russian offensives in early 2023, when columns of tanks and armoured vehicles of Russia's 155th Naval Infantry Brigade were destroyed in minefields on the approaches to the town.")
C("the eastern outskirts", "Vuhledar", "entered", "RU", A, "2024-09", "month", "relative", "DeepState", "UA", F, F, "eastern outskirts",
  "But Russian units broke into the eastern outskirts last month, according to the DeepState monitoring group, which is close to the Ukrainian military.")
C("the town", "Vuhledar", "encircled/blockaded", "RU", A, "2024-09", "month", "relative", "Ukrainian soldiers", "UA", F, F, None,
  "By late September only a single road into the town remained usable for Ukrainian supplies, and it was under constant Russian drone and artillery fire, soldiers told the Post.")

# ---------------------------------------------------------------- b3-008 Toretsk
art("b3-008", "Moscow claims capture of Toretsk; Ukraine says fighting goes on", '''
Moscow claims capture of Toretsk; Ukraine says fighting goes on

Russia's defence ministry claimed on Monday that its forces had captured Toretsk, a coal-mining town in eastern Ukraine's Donetsk region, after months of street fighting. Ukraine's military rejected the statement within hours.

The ministry said units of the Southern group of forces had completed "the liberation of the town of Dzerzhinsk", using the name the town carried until 2016.

"This is not true. Fighting is still going on inside Toretsk," Viktor Trehubov, spokesman for the Khortytsia group of forces, told dpa by phone on Monday evening. "The enemy controls a significant part of the town, but it has not taken it."

DeepState, a Ukrainian project that maps the front line using open-source footage, estimated on Tuesday that Russian troops held about 90 per cent of Toretsk, with Ukrainian units clinging to a few blocks in the north-west.

Russian troops launched their assault on the town last June and broke into its eastern districts in July.

Moscow has long wanted to push through Toretsk towards Kostiantynivka, one of the last large towns in the region still under Ukrainian control.

On Tuesday, Russian shelling killed two people and damaged a school in Kostiantynivka, regional governor Vadym Filashkin said on Telegram. Humanitarian workers said fewer than 100 civilians remain in Toretsk, which had about 30,000 residents before the war.

Related: US envoy expected in Kyiv next week for talks on ending the war
''', "https://dpa.example.com/en/2025/02/11/toretsk-claim", "2025-02-11", "dpa", "en")
C("Toretsk", "Toretsk", "captured", "RU", A, "2025-02-10", "day", "relative", "Russia's defence ministry", "RU", T, F, None,
  "Russia's defence ministry claimed on Monday that its forces had captured Toretsk, a coal-mining town in eastern Ukraine's Donetsk region, after months of street fighting.")
C("Toretsk", "Toretsk", "captured", "RU", D, "2025-02-10", "day", "relative", "Viktor Trehubov", "UA", F, F, None,
  "\"This is not true. Fighting is still going on inside Toretsk,\" Viktor Trehubov, spokesman for the Khortytsia group of forces, told dpa by phone on Monday evening.")
C("Toretsk", "Toretsk", "contested", None, A, "2025-02-10", "day", "relative", "Viktor Trehubov", "UA", F, F, None,
  "\"This is not true. Fighting is still going on inside Toretsk,\" Viktor Trehubov, spokesman for the Khortytsia group of forces, told dpa by phone on Monday evening.")
C("the town", "Toretsk", "controls", "RU", A, "2025-02-10", "day", "relative", "Viktor Trehubov", "UA", F, F, "a significant part of the town",
  "\"The enemy controls a significant part of the town, but it has not taken it.\"")
C("Toretsk", "Toretsk", "controls", "RU", A, "2025-02-11", "day", "relative", "DeepState", "UA", F, F, "about 90 per cent",
  "DeepState, a Ukrainian project that maps the front line using open-source footage, estimated on Tuesday that Russian troops held about 90 per cent of Toretsk, with Ukrainian units clinging to a few blocks in the north-west.")
C("Toretsk", "Toretsk", "controls", "UA", A, "2025-02-11", "day", "relative", "DeepState", "UA", F, F, "a few blocks in the north-west",
  "DeepState, a Ukrainian project that maps the front line using open-source footage, estimated on Tuesday that Russian troops held about 90 per cent of Toretsk, with Ukrainian units clinging to a few blocks in the north-west.")
C("the town", "Toretsk", "advancing_toward", "RU", A, "2024-06", "month", "relative", "outlet", "neutral", F, T, None,
  "Russian troops launched their assault on the town last June and broke into its eastern districts in July.")
C("the town", "Toretsk", "entered", "RU", A, "2024-07", "month", "relative", "outlet", "neutral", F, T, "eastern districts",
  "Russian troops launched their assault on the town last June and broke into its eastern districts in July.")
C("Kostiantynivka", "Kostiantynivka", "controls", "UA", A, "2025-02-11", "day", "publication", "outlet", "neutral", F, F, None,
  "Moscow has long wanted to push through Toretsk towards Kostiantynivka, one of the last large towns in the region still under Ukrainian control.")

# ---------------------------------------------------------------- b3-009 Robotyne (no publication date)
art("b3-009", "Robotyne back in Ukrainian hands, Kyiv says", '''
Robotyne back in Ukrainian hands, Kyiv says

Ukraine's Deputy Defence Minister Hanna Maliar announced on 28 August 2023 that Ukrainian forces had liberated Robotyne, a village in the Zaporizhzhia region that had become the focus of Kyiv's summer counteroffensive.

The recapture of the village, which had about 500 inhabitants before the war, was first reported days earlier by soldiers of the 47th Mechanised Brigade, who posted a video of troops raising the Ukrainian flag over a building.

Vladimir Rogov, a Russian-installed official in the occupied part of the region, denied on the same day that the village had fallen. Robotyne, he wrote on Telegram, was a "grey zone" where neither side had a firm grip. Russian artillery, he went on, was pounding the Ukrainian units that had entered it.

The village lies about 10 km south of Orikhiv on the road to Tokmak, a Russian logistics hub. If Ukrainian troops reach Tokmak, they could bring Russia's land corridor to Crimea within range of their artillery, military analysts say.

Brigadier General Oleksandr Tarnavskyi, the commander of the southern front, said in early September that his troops had broken through the first Russian defensive line and were advancing towards Novoprokopivka and Verbove.

Earlier in the summer, Ukrainian units had retaken the villages of Staromaiorske and Urozhaine further east, after weeks of fighting in the Velyka Novosilka sector.

A Russian drone attack on Orikhiv on Tuesday wounded three aid workers who were distributing food, local authorities said.

Get Meridian's front-line digest every morning - sign up here.
''', "https://meridianwire.example.org/ukraine/robotyne-liberated", None, "Meridian Wire", "en")
C("Robotyne", "Robotyne", "liberated", "UA", A, "2023-08-28", "day", "explicit", "Hanna Maliar", "UA", F, F, None,
  "Ukraine's Deputy Defence Minister Hanna Maliar announced on 28 August 2023 that Ukrainian forces had liberated Robotyne, a village in the Zaporizhzhia region that had become the focus of Kyiv's summer counteroffensive.")
C("the village", "Robotyne", "captured", "UA", A, "2023-08", "month", "relative", "soldiers of the 47th Mechanised Brigade", "UA", F, F, None,
  "The recapture of the village, which had about 500 inhabitants before the war, was first reported days earlier by soldiers of the 47th Mechanised Brigade, who posted a video of troops raising the Ukrainian flag over a building.")
C("the village", "Robotyne", "captured", "UA", D, "2023-08-28", "day", "relative", "Vladimir Rogov", "RU", F, F, None,
  "Vladimir Rogov, a Russian-installed official in the occupied part of the region, denied on the same day that the village had fallen.")
C("Robotyne", "Robotyne", "contested", None, A, "2023-08-28", "day", "relative", "Vladimir Rogov", "RU", F, F, None,
  "Robotyne, he wrote on Telegram, was a \"grey zone\" where neither side had a firm grip.")
C("it", "Robotyne", "entered", "UA", A, "2023-08-28", "day", "relative", "Vladimir Rogov", "RU", F, F, None,
  "Russian artillery, he went on, was pounding the Ukrainian units that had entered it.")
C("Novoprokopivka", "Novoprokopivka", "advancing_toward", "UA", A, "2023-09", "month", "relative", "Oleksandr Tarnavskyi", "UA", F, F, None,
  "Brigadier General Oleksandr Tarnavskyi, the commander of the southern front, said in early September that his troops had broken through the first Russian defensive line and were advancing towards Novoprokopivka and Verbove.")
C("Verbove", "Verbove", "advancing_toward", "UA", A, "2023-09", "month", "relative", "Oleksandr Tarnavskyi", "UA", F, F, None,
  "Brigadier General Oleksandr Tarnavskyi, the commander of the southern front, said in early September that his troops had broken through the first Russian defensive line and were advancing towards Novoprokopivka and Verbove.")
C("Staromaiorske", "Staromaiorske", "captured", "UA", A, "2023", "year", "relative", "outlet", "unknown", F, T, None,
  "Earlier in the summer, Ukrainian units had retaken the villages of Staromaiorske and Urozhaine further east, after weeks of fighting in the Velyka Novosilka sector.")
C("Urozhaine", "Urozhaine", "captured", "UA", A, "2023", "year", "relative", "outlet", "unknown", F, T, None,
  "Earlier in the summer, Ukrainian units had retaken the villages of Staromaiorske and Urozhaine further east, after weeks of fighting in the Velyka Novosilka sector.")

# ---------------------------------------------------------------- b3-010 Wad Madani (Sudan)
art("b3-010", "Sudan's army retakes Wad Madani from RSF", '''
Sudan's army retakes Wad Madani from RSF

Sudan's army said on Saturday that its forces had entered the centre of Wad Madani, the capital of Gezira state, more than a year after the city fell to the paramilitary Rapid Support Forces.

"Our forces are now cleaning up the last pockets of the rebels inside the city," army spokesman Brigadier General Nabil Abdallah said in a statement. Videos shared by soldiers showed troops outside the state government headquarters and crowds celebrating in the streets.

Army commander Abdel Fattah al-Burhan, who heads the ruling Sovereignty Council, later visited the city and greeted residents.

The RSF did not immediately comment. In a speech broadcast on Sunday, RSF leader Mohamed Hamdan Dagalo, known as Hemedti, acknowledged that his fighters had lost Wad Madani. "Today we lost a round, but we have not lost the war," he said.

The RSF captured Wad Madani in December 2023 after government troops withdrew with little resistance, a setback that forced hundreds of thousands of displaced people to flee once again.

The army has made gains elsewhere as well: last March its troops retook the state broadcasting headquarters in Omdurman, Khartoum's twin city across the Nile.

Many expect the army to turn next to Khartoum itself, where the RSF still holds most of the city centre and the presidential palace.

Aid agencies warned of reports of reprisal killings of civilians accused of collaborating with the RSF in villages around Wad Madani, and called for safe access for food convoys.

Related: UN warns of famine in North Darfur camps
''', "https://nileobserver.example.com/sudan/2025/01/12/wad-madani", "2025-01-12", "Nile Observer", "en")
C("Wad Madani", "Wad Madani", "captured", "SAF", A, "2025-01-12", "day", "publication", "outlet", "unknown", F, F, None,
  "Sudan's army retakes Wad Madani from RSF")
C("Wad Madani", "Wad Madani", "entered", "SAF", A, "2025-01-11", "day", "relative", "Sudan's army", "SAF", F, F, "the centre of Wad Madani",
  "Sudan's army said on Saturday that its forces had entered the centre of Wad Madani, the capital of Gezira state, more than a year after the city fell to the paramilitary Rapid Support Forces.")
C("the state government headquarters", "Wad Madani", "entered", "SAF", A, "2025-01-12", "day", "publication", "videos shared by soldiers", "SAF", F, F, "the state government headquarters",
  "Videos shared by soldiers showed troops outside the state government headquarters and crowds celebrating in the streets.")
C("Wad Madani", "Wad Madani", "lost", "RSF", A, "2025-01-12", "day", "relative", "Mohamed Hamdan Dagalo", "RSF", F, F, None,
  "In a speech broadcast on Sunday, RSF leader Mohamed Hamdan Dagalo, known as Hemedti, acknowledged that his fighters had lost Wad Madani.")
C("Wad Madani", "Wad Madani", "captured", "RSF", A, "2023-12", "month", "explicit", "outlet", "unknown", F, T, None,
  "The RSF captured Wad Madani in December 2023 after government troops withdrew with little resistance, a setback that forced hundreds of thousands of displaced people to flee once again.")
C("Wad Madani", "Wad Madani", "withdrew", "SAF", A, "2023-12", "month", "explicit", "outlet", "unknown", F, T, None,
  "The RSF captured Wad Madani in December 2023 after government troops withdrew with little resistance, a setback that forced hundreds of thousands of displaced people to flee once again.")
C("Omdurman", "Omdurman", "captured", "SAF", A, "2024-03", "month", "relative", "outlet", "unknown", F, T, "state broadcasting headquarters",
  "The army has made gains elsewhere as well: last March its troops retook the state broadcasting headquarters in Omdurman, Khartoum's twin city across the Nile.")
C("Khartoum", "Khartoum", "controls", "RSF", A, "2025-01-12", "day", "publication", "outlet", "unknown", F, F,
  "most of the city centre and the presidential palace",
  "Many expect the army to turn next to Khartoum itself, where the RSF still holds most of the city centre and the presidential palace.")

# ---------------------------------------------------------------- b3-011 El Fasher (Sudan)
art("b3-011", "RSF seizes El Fasher after 18-month siege; army says it pulled out", '''
RSF seizes El Fasher after 18-month siege; army says it pulled out

Sudan's paramilitary Rapid Support Forces said on Sunday they had taken control of El Fasher, the army's last major stronghold in the Darfur region, after overrunning the headquarters of the army's 6th Infantry Division.

Army chief Abdel Fattah al-Burhan confirmed on Monday that his troops had withdrawn from the city to "a safer place", citing the systematic destruction and killing of civilians there.

The RSF had besieged El Fasher, the capital of North Darfur state, since May 2024, cutting off food and medicine to hundreds of thousands of people trapped inside.

The World Health Organization said it was appalled by reports that more than 460 patients and their companions had been killed at the Saudi maternity hospital in El Fasher. Thousands of residents have fled on foot towards Tawila, about 60 km to the west, aid groups said.

RSF leader Mohamed Hamdan Dagalo said in a video address that his fighters had "liberated" the city, and promised to hold to account any of his men who had committed abuses.

The paramilitaries also said they had captured the town of Bara in North Kordofan, though the army has not confirmed the loss.

In neighbouring West Kordofan, RSF fighters have kept the army garrison in Babanusa under siege for months.

Analysts warn that with almost all of Darfur now in RSF hands, Sudan faces a de facto partition between east and west.

Subscribe to our weekly Sudan briefing.
''', "https://hornsahel.example.net/2025/10/28/el-fasher-falls", "2025-10-28", "Horn & Sahel Report", "en")
C("El Fasher", "El Fasher", "captured", "RSF", A, "2025-10-26", "day", "relative", "Rapid Support Forces", "RSF", F, F, None,
  "Sudan's paramilitary Rapid Support Forces said on Sunday they had taken control of El Fasher, the army's last major stronghold in the Darfur region, after overrunning the headquarters of the army's 6th Infantry Division.")
C("El Fasher", "El Fasher", "captured", "RSF", A, "2025-10-26", "day", "relative", "Rapid Support Forces", "RSF", F, F,
  "headquarters of the army's 6th Infantry Division",
  "Sudan's paramilitary Rapid Support Forces said on Sunday they had taken control of El Fasher, the army's last major stronghold in the Darfur region, after overrunning the headquarters of the army's 6th Infantry Division.")
C("the city", "El Fasher", "withdrew", "SAF", A, "2025-10-27", "day", "relative", "Abdel Fattah al-Burhan", "SAF", F, F, None,
  "Army chief Abdel Fattah al-Burhan confirmed on Monday that his troops had withdrawn from the city to \"a safer place\", citing the systematic destruction and killing of civilians there.")
C("El Fasher", "El Fasher", "encircled/blockaded", "RSF", A, "2024-05", "month", "since", "outlet", "unknown", F, T, None,
  "The RSF had besieged El Fasher, the capital of North Darfur state, since May 2024, cutting off food and medicine to hundreds of thousands of people trapped inside.")
C("the city", "El Fasher", "liberated", "RSF", A, "2025-10-28", "day", "publication", "Mohamed Hamdan Dagalo", "RSF", F, F, None,
  "RSF leader Mohamed Hamdan Dagalo said in a video address that his fighters had \"liberated\" the city, and promised to hold to account any of his men who had committed abuses.")
C("Bara", "Bara", "captured", "RSF", A, "2025-10-28", "day", "publication", "Rapid Support Forces", "RSF", T, F, None,
  "The paramilitaries also said they had captured the town of Bara in North Kordofan, though the army has not confirmed the loss.")
C("Babanusa", "Babanusa", "encircled/blockaded", "RSF", A, "2025-10-28", "day", "publication", "outlet", "unknown", F, F, "the army garrison",
  "In neighbouring West Kordofan, RSF fighters have kept the army garrison in Babanusa under siege for months.")

# ---------------------------------------------------------------- b3-012 Marinka (Russian)
art("b3-012", "Шойгу доложил о взятии Марьинки, в ВСУ говорят о боях на окраинах", '''
Шойгу доложил о взятии Марьинки, в ВСУ говорят о боях на окраинах

Министр обороны России Сергей Шойгу в понедельник доложил Владимиру Путину, что российские войска полностью освободили Марьинку — город к западу от Донецка, за который бои шли почти два года.

«Сегодня штурмовые подразделения Южной группировки войск полностью освободили населённый пункт Марьинка», — сказал Шойгу на встрече, запись которой показало государственное телевидение. Путин назвал это «важным результатом».

В Киеве с этим не согласились. Представитель Сил обороны Александр Штупун в понедельник вечером заявил, что бои за Марьинку продолжаются и говорить о захвате города россиянами нельзя.

Главнокомандующий ВСУ Валерий Залужный на пресс-конференции во вторник признал, что украинские подразделения отошли на северную окраину города, а кое-где — за его пределы. «Этого города уже просто нет. Он разрушен полностью», — сказал генерал, добавив, что главное сейчас — сберечь людей.

С лета 2014 года Марьинка находилась под контролем Украины и считалась одним из ключевых узлов обороны на подступах к Донецку. До войны в ней жили около 10 тысяч человек.

Назначенные Москвой власти Донецка сообщили, что в понедельник при обстреле города погибли два человека.

Аналитики полагают, что следующей целью российских войск может стать Курахово. Военкоры также пишут о продвижении российских подразделений на купянском направлении.

Читайте также: Авдеевка: что происходит вокруг города
''', "https://novaya-lenta.example.ru/news/2023/12/26/marinka", "2023-12-26", "Новая лента", "ru")
C("Марьинку", "Marinka", "liberated", "RU", A, "2023-12-25", "day", "relative", "Сергей Шойгу", "RU", F, F, None,
  "Министр обороны России Сергей Шойгу в понедельник доложил Владимиру Путину, что российские войска полностью освободили Марьинку — город к западу от Донецка, за который бои шли почти два года.")
C("Марьинку", "Marinka", "captured", "RU", D, "2023-12-25", "day", "relative", "Александр Штупун", "UA", F, F, None,
  "Представитель Сил обороны Александр Штупун в понедельник вечером заявил, что бои за Марьинку продолжаются и говорить о захвате города россиянами нельзя.")
C("Марьинку", "Marinka", "contested", None, A, "2023-12-25", "day", "relative", "Александр Штупун", "UA", F, F, None,
  "Представитель Сил обороны Александр Штупун в понедельник вечером заявил, что бои за Марьинку продолжаются и говорить о захвате города россиянами нельзя.")
C("города", "Marinka", "withdrew", "UA", A, "2023-12-26", "day", "relative", "Валерий Залужный", "UA", F, F, None,
  "Главнокомандующий ВСУ Валерий Залужный на пресс-конференции во вторник признал, что украинские подразделения отошли на северную окраину города, а кое-где — за его пределы.")
C("города", "Marinka", "controls", "UA", A, "2023-12-26", "day", "relative", "Валерий Залужный", "UA", F, F, "северную окраину",
  "Главнокомандующий ВСУ Валерий Залужный на пресс-конференции во вторник признал, что украинские подразделения отошли на северную окраину города, а кое-где — за его пределы.")
C("Марьинка", "Marinka", "controls", "UA", A, "2014", "year", "since", "outlet", "unknown", F, T, None,
  "С лета 2014 года Марьинка находилась под контролем Украины и считалась одним из ключевых узлов обороны на подступах к Донецку.")

# ---------------------------------------------------------------- b3-013 Lysychansk (Russian)
art("b3-013", "Минобороны России заявило о взятии Лисичанска", '''
Минобороны России заявило о взятии Лисичанска

Министр обороны России Сергей Шойгу в воскресенье доложил Верховному главнокомандующему об «освобождении» Лисичанска и о полном установлении контроля над территорией Луганской народной республики.

Генштаб ВСУ в тот же день подтвердил, что украинские войска покинули город. «Для сохранения жизней украинских защитников было принято решение об их отходе», — говорилось в заявлении.

Ещё накануне представитель ЛНР в Москве Родион Мирошник утверждал, что Лисичанск окружён, однако украинская сторона это отрицала.

Лисичанск стал последним крупным городом Луганской области под контролем Киева после того, как 25 июня украинские подразделения по приказу командования отошли из соседнего Северодонецка. Два города разделяет река Северский Донец.

Президент Украины Владимир Зеленский пообещал, что украинская армия вернётся в Лисичанск «благодаря тактике и увеличению поставок современного оружия».

По неподтверждённым данным, российские подразделения уже ведут бои на подступах к Северску и Соледару в Донецкой области.

Местные жители, оставшиеся в Лисичанске, несколько недель жили без воды, газа и электричества; гуманитарную помощь в город удавалось доставлять лишь эпизодически. Власти Славянска в понедельник вновь призвали мирных жителей эвакуироваться.

Подписывайтесь на наш канал в Telegram.
''', "https://svodka-dnya.example.ru/2022/07/04/lisichansk", "2022-07-04", "Сводка дня", "ru")
C("Лисичанска", "Lysychansk", "liberated", "RU", A, "2022-07-03", "day", "relative", "Сергей Шойгу", "RU", F, F, None,
  "Министр обороны России Сергей Шойгу в воскресенье доложил Верховному главнокомандующему об «освобождении» Лисичанска и о полном установлении контроля над территорией Луганской народной республики.")
C("город", "Lysychansk", "withdrew", "UA", A, "2022-07-03", "day", "relative", "Генштаб ВСУ", "UA", F, F, None,
  "Генштаб ВСУ в тот же день подтвердил, что украинские войска покинули город.")
C("Лисичанск", "Lysychansk", "encircled/blockaded", "RU", A, "2022-07-02", "day", "relative", "Родион Мирошник", "RU", T, F, None,
  "Ещё накануне представитель ЛНР в Москве Родион Мирошник утверждал, что Лисичанск окружён, однако украинская сторона это отрицала.")
C("Лисичанск", "Lysychansk", "encircled/blockaded", "RU", D, "2022-07-02", "day", "relative", "украинская сторона", "UA", F, F, None,
  "Ещё накануне представитель ЛНР в Москве Родион Мирошник утверждал, что Лисичанск окружён, однако украинская сторона это отрицала.")
C("Лисичанск", "Lysychansk", "controls", "UA", A, "2022-06-25", "day", "since", "outlet", "unknown", F, T, None,
  "Лисичанск стал последним крупным городом Луганской области под контролем Киева после того, как 25 июня украинские подразделения по приказу командования отошли из соседнего Северодонецка.")
C("Северодонецка", "Sievierodonetsk", "withdrew", "UA", A, "2022-06-25", "day", "explicit", "outlet", "unknown", F, T, None,
  "Лисичанск стал последним крупным городом Луганской области под контролем Киева после того, как 25 июня украинские подразделения по приказу командования отошли из соседнего Северодонецка.")
C("Северску", "Siversk", "advancing_toward", "RU", A, "2022-07-04", "day", "publication", "неподтверждённые данные", "unknown", T, F, None,
  "По неподтверждённым данным, российские подразделения уже ведут бои на подступах к Северску и Соледару в Донецкой области.")
C("Соледару", "Soledar", "advancing_toward", "RU", A, "2022-07-04", "day", "publication", "неподтверждённые данные", "unknown", T, F, None,
  "По неподтверждённым данным, российские подразделения уже ведут бои на подступах к Северску и Соледару в Донецкой области.")

# ---------------------------------------------------------------- b3-014 Vovchansk (Ukrainian)
art("b3-014", "Вовчанськ: у місті тривають вуличні бої, росіяни заходять з півночі", '''
Вовчанськ: у місті тривають вуличні бої, росіяни заходять з півночі

Російські війська зайшли в північну частину Вовчанська, у місті тривають вуличні бої, повідомив у вівторок начальник Вовчанської міської військової адміністрації Тамаз Гамбарашвілі.

За його словами, окупанти намагаються закріпитися на вулицях поблизу м'ясокомбінату, а евакуація решти мешканців триває під постійними обстрілами. Лише за минулу добу з міста вивезли понад 200 людей.

У Генштабі ЗСУ в середу заявили, що Сили оборони відбили сім спроб штурмувати Вовчанськ. Водночас підрозділи, які обороняли Лук'янці, «з метою збереження життя особового складу» відійшли із села на вигідніші позиції, йдеться у зведенні.

Міноборони Росії у суботу заявило про «звільнення» сіл Стрілеча і Пильна, однак українські військові цього не підтверджують.

Росія розпочала новий наступ на Харківщині 10 травня. За оцінкою аналітиків ISW, Кремль прагне створити так звану буферну зону вздовж кордону, щоб відсунути українську артилерію від Бєлгорода.

Нагадаємо, Вовчанськ був окупований у перші дні повномасштабного вторгнення й звільнений під час Харківського контрнаступу у вересні 2022 року.

Харків у вівторок знову атакували керованими авіабомбами, поранено щонайменше 12 людей, повідомив голова обласної військової адміністрації Олег Синєгубов.

Читайте також: ЗСУ звільнили Кліщіївку під Бахмутом — Генштаб
''', "https://slobozhanski.example.com.ua/news/2024/05/15/vovchansk-boi", "2024-05-15", "Слобожанські новини", "uk")
C("Вовчанська", "Vovchansk", "entered", "RU", A, "2024-05-14", "day", "relative", "Тамаз Гамбарашвілі", "UA", F, F, "північну частину",
  "Російські війська зайшли в північну частину Вовчанська, у місті тривають вуличні бої, повідомив у вівторок начальник Вовчанської міської військової адміністрації Тамаз Гамбарашвілі.")
C("Вовчанська", "Vovchansk", "contested", None, A, "2024-05-14", "day", "relative", "Тамаз Гамбарашвілі", "UA", F, F, None,
  "Російські війська зайшли в північну частину Вовчанська, у місті тривають вуличні бої, повідомив у вівторок начальник Вовчанської міської військової адміністрації Тамаз Гамбарашвілі.")
C("Вовчанськ", "Vovchansk", "repelled_attack", "UA", A, "2024-05-15", "day", "relative", "Генштаб ЗСУ", "UA", F, F, None,
  "У Генштабі ЗСУ в середу заявили, що Сили оборони відбили сім спроб штурмувати Вовчанськ.")
C("Лук'янці", "Lukiantsi", "withdrew", "UA", A, "2024-05-15", "day", "relative", "Генштаб ЗСУ", "UA", F, F, None,
  "Водночас підрозділи, які обороняли Лук'янці, «з метою збереження життя особового складу» відійшли із села на вигідніші позиції, йдеться у зведенні.")
C("Стрілеча", "Strilecha", "liberated", "RU", A, "2024-05-11", "day", "relative", "Міноборони Росії", "RU", T, F, None,
  "Міноборони Росії у суботу заявило про «звільнення» сіл Стрілеча і Пильна, однак українські військові цього не підтверджують.")
C("Пильна", "Pylna", "liberated", "RU", A, "2024-05-11", "day", "relative", "Міноборони Росії", "RU", T, F, None,
  "Міноборони Росії у суботу заявило про «звільнення» сіл Стрілеча і Пильна, однак українські військові цього не підтверджують.")
C("Вовчанськ", "Vovchansk", "captured", "RU", A, "2022-02", "month", "explicit", "outlet", "unknown", F, T, None,
  "Нагадаємо, Вовчанськ був окупований у перші дні повномасштабного вторгнення й звільнений під час Харківського контрнаступу у вересні 2022 року.")
C("Вовчанськ", "Vovchansk", "liberated", "UA", A, "2022-09", "month", "explicit", "outlet", "unknown", F, T, None,
  "Нагадаємо, Вовчанськ був окупований у перші дні повномасштабного вторгнення й звільнений під час Харківського контрнаступу у вересні 2022 року.")


# ---------------------------------------------------------------- checks and output
def main():
    errors = []
    with open(DEV_GOLD, encoding="utf-8") as fh:
        dev_fields = set(json.loads(fh.readline()).keys())
    ids = [a["id"] for a in ARTICLES]
    if len(set(ids)) != len(ids):
        errors.append("duplicate article ids")
    by_id = {a["id"]: a for a in ARTICLES}
    langs = {}
    for a in ARTICLES:
        langs[a["language"]] = langs.get(a["language"], 0) + 1
        n = len(re.findall(r"\w+(?:[-'’]\w+)*", a["text"]))
        a["_words"] = n
        if not 150 <= n <= 300:
            errors.append(f"{a['id']}: {n} words")
        if not a["text"].startswith(a["title"]):
            errors.append(f"{a['id']}: text does not start with title")
    cids = [g["claim_id"] for g in GOLD]
    if len(set(cids)) != len(cids):
        errors.append("duplicate claim ids")
    types = {"captured", "liberated", "controls", "entered", "encircled/blockaded", "advancing_toward",
             "withdrew", "repelled_attack", "contested", "lost"}
    for g in GOLD:
        if set(g) != dev_fields:
            errors.append(f"{g['claim_id']}: field set {sorted(set(g) ^ dev_fields)}")
        if not g["claim_id"].startswith(g["article_id"] + "#"):
            errors.append(f"{g['claim_id']}: id prefix")
        a = by_id[g["article_id"]]
        if g["evidence"] not in a["text"]:
            errors.append(f"{g['claim_id']}: evidence not verbatim")
        if g["place"] not in g["evidence"]:
            errors.append(f"{g['claim_id']}: place not in evidence")
        if g["extent"] and g["extent"] not in g["evidence"]:
            errors.append(f"{g['claim_id']}: extent not in evidence")
        if g["claim_type"] not in types:
            errors.append(f"{g['claim_id']}: type {g['claim_type']}")
        if (g["actor"] is None) != (g["claim_type"] == "contested"):
            errors.append(f"{g['claim_id']}: actor/contested")
        if g["date_basis"] == "publication" and g["event_date"] != a["published"]:
            errors.append(f"{g['claim_id']}: publication basis but date differs")
        prec = g["date_precision"]
        d = g["event_date"]
        if d is not None:
            pat = {"day": r"\d{4}-\d\d-\d\d", "month": r"\d{4}-\d\d", "year": r"\d{4}"}[prec]
            if not re.fullmatch(pat, d):
                errors.append(f"{g['claim_id']}: date {d} vs precision {prec}")
    # weekday sanity for relative day dates: the weekday word in the evidence must match
    wd = {"Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5, "Sunday": 6,
          "понедельник": 0, "вторник": 1, "воскресенье": 6, "вівторок": 1, "середу": 2, "суботу": 5}
    for g in GOLD:
        if g["date_precision"] == "day" and g["date_basis"] == "relative":
            day = dt.date.fromisoformat(g["event_date"])
            for w, k in wd.items():
                if re.search(r"\b" + w + r"\b", g["evidence"]) and day.weekday() != k:
                    errors.append(f"{g['claim_id']}: {w} but {day} is weekday {day.weekday()}")
    for a in ARTICLES:
        if a["published"]:
            pub = dt.date.fromisoformat(a["published"])
            for g in GOLD:
                if g["article_id"] == a["id"] and g["date_precision"] == "day":
                    if dt.date.fromisoformat(g["event_date"]) > pub:
                        errors.append(f"{g['claim_id']}: event after publication")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    with open(os.path.join(HERE, "articles.jsonl"), "w", encoding="utf-8") as fh:
        for a in ARTICLES:
            fh.write(json.dumps({k: v for k, v in a.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for g in GOLD:
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    # summary
    from collections import Counter
    print("articles", len(ARTICLES), dict(langs))
    print("words", {a["id"]: a["_words"] for a in ARTICLES})
    print("claims", len(GOLD))
    for key in ("claim_type", "polarity", "hedged", "background", "source_side", "date_basis", "actor"):
        print(key, dict(Counter(g[key] for g in GOLD)))
    print("per article", dict(Counter(g["article_id"] for g in GOLD)))


if __name__ == "__main__":
    main()
