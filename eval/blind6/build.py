#!/usr/bin/env python3
"""Blind evaluation set b6: 16 news reports (written from general knowledge) and gold
annotations of their territorial-control claims, following the guideline in
/work/shared/eval/dev/README.md.  Run: python3 build.py  (writes articles.jsonl,
gold.jsonl and the counts section of README.md, and checks everything)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from buildcheck import collector  # noqa: E402

ARTICLES, art, GOLD, g = collector()



A, D = "affirmed", "denied"
T, F = True, False


SUDAN = ("b6-003", "b6-004")

# ---------------------------------------------------------------- b6-001 (en, short, wire)
art("b6-001", "https://wire.example.com/world/europe/russia-says-it-captured-mali-shcherbaky-2025-06-12/",
    "Northline Wire", "2025-06-12",
    "Russia says it captured village in Zaporizhzhia region; Kyiv denies",
    """Russia says it captured village in Zaporizhzhia region; Kyiv denies

By Northline staff

KYIV, June 12 (Northline) - Russia's Defence Ministry said on Thursday its forces had captured the village of Mali Shcherbaky in Ukraine's southern Zaporizhzhia region, a claim Ukraine's military swiftly rejected.

"Units of the Dnepr group of forces have completely liberated the settlement of Malye Shcherbaki," the ministry said in its daily statement, using the Russian spelling of the name.

Vladyslav Voloshyn, a spokesman for Ukraine's southern defence forces, told national television that the village remained under Ukrainian control. "The enemy tried to storm Mali Shcherbaky three times overnight and each time it was thrown back," he said.

Voloshyn added that fighting was also under way for neighbouring Shcherbaky, where Russian assault groups had reached the northern outskirts on Tuesday.

Northline could not independently verify battlefield accounts from either side.

The two villages lie a few kilometres west of Orikhiv, a frontline town that has been shelled almost daily for three years. Russian military bloggers wrote that the next objective would be Stepove, just to the north, and that troops would push on to the Kamianske reservoir shore before the autumn.

Vasylivka, the district centre to the south, has been held by Russian forces since March 2022, and its roads feed most of the Russian supply traffic in the area.

The Zaporizhzhia front has moved far less than the fronts in Donetsk, but both sides have stepped up small-unit assaults since May.

A Ukrainian serviceman prepares a howitzer on the Zaporizhzhia front line. Photo: Northline/File

Related: Russia claims capture of two more villages in eastern Ukraine

(Reporting by Northline's Kyiv bureau; editing by the world desk)""", "en", "short")

g("b6-001", "Mali Shcherbaky", "Mali Shcherbaky", "captured", "RU", A, "2025-06-12", "day", "relative",
  "Russia's Defence Ministry", "RU", T, F, None,
  "KYIV, June 12 (Northline) - Russia's Defence Ministry said on Thursday its forces had captured the village of Mali Shcherbaky in Ukraine's southern Zaporizhzhia region, a claim Ukraine's military swiftly rejected.")
g("b6-001", "Mali Shcherbaky", "Mali Shcherbaky", "captured", "RU", D, "2025-06-12", "day", "relative",
  "Ukraine's military", "UA", T, F, None,
  "KYIV, June 12 (Northline) - Russia's Defence Ministry said on Thursday its forces had captured the village of Mali Shcherbaky in Ukraine's southern Zaporizhzhia region, a claim Ukraine's military swiftly rejected.")
g("b6-001", "the village", "Mali Shcherbaky", "controls", "UA", A, "2025-06-12", "day", "publication",
  "Vladyslav Voloshyn", "UA", T, F, None,
  "Vladyslav Voloshyn, a spokesman for Ukraine's southern defence forces, told national television that the village remained under Ukrainian control.")
g("b6-001", "Mali Shcherbaky", "Mali Shcherbaky", "repelled_attack", "UA", A, "2025-06-12", "day", "relative",
  "Vladyslav Voloshyn", "UA", T, F, None,
  "\"The enemy tried to storm Mali Shcherbaky three times overnight and each time it was thrown back,\" he said.")
g("b6-001", "Shcherbaky", "Shcherbaky", "contested", None, A, "2025-06-12", "day", "publication",
  "Vladyslav Voloshyn", "UA", T, F, None,
  "Voloshyn added that fighting was also under way for neighbouring Shcherbaky, where Russian assault groups had reached the northern outskirts on Tuesday.")
g("b6-001", "Shcherbaky", "Shcherbaky", "entered", "RU", A, "2025-06-10", "day", "relative",
  "Vladyslav Voloshyn", "UA", T, F, "northern outskirts",
  "Voloshyn added that fighting was also under way for neighbouring Shcherbaky, where Russian assault groups had reached the northern outskirts on Tuesday.")
g("b6-001", "Vasylivka", "Vasylivka", "controls", "RU", A, "2022-03", "month", "since",
  "outlet", "neutral", F, T, None,
  "Vasylivka, the district centre to the south, has been held by Russian forces since March 2022, and its roads feed most of the Russian supply traffic in the area.")

# ---------------------------------------------------------------- b6-002 (en, long, energy feature, Sumy)
art("b6-002", "https://meridian.example.org/features/2025/07/08/sumy-border-power-crews",
    "Meridian Weekly", "2025-07-08",
    "Keeping the lights on in the border villages of Sumy",
    """Keeping the lights on in the border villages of Sumy

Line crews work within range of Russian drones to restore power to villages near the frontier. Our correspondent spent three days with them.

Photo: A repair crew replaces a damaged transformer near Sumy, July 2025. Credit: Meridian / O. K.

The van that carries Brigade 7 of the regional power company has no markings left on it. The crew scraped off the logo in the spring, after a Russian drone followed a similar van for eleven kilometres along the road out of Sumy. "A logo is a target," says Petro, the foreman, who has worked on the lines for twenty-six years and asked that his surname not be used.

Since the start of the year, the crew has replaced more than forty transformers and several kilometres of cable in the districts north and north-east of the regional capital. Most of the damage comes from glide bombs and first-person-view drones, which now reach roads that were considered safe a year ago.

The work has become harder as the front has crept closer. Russia's Defence Ministry claimed the capture of Yunakivka in late April, and the village, once a stop on Petro's regular routes, now lies on the Russian side of the line. Ukrainian officials have not publicly confirmed its loss, but the power company wrote off its substation there in May.

Governor Oleh Hryhorov said on Monday that fighting was continuing in Oleksiivka, a few kilometres to the west, where Russian units held the northern streets. Residents who left Oleksiivka in June say there has been no electricity there since the first week of that month.

There is some relief to the east. Ukrainian forces retook Andriivka in June, according to the 225th separate assault battalion, which published footage of its soldiers raising a flag over the village school. Petro's crew hopes to reconnect the farms on the road to Andriivka before the harvest, if the military allows it.

For now, much of the crew's day is spent waiting. Before every trip the foreman phones the local military administration and a drone operator from a nearby unit, who checks the road from the air. Some days the answer is no. On others the crew has forty minutes to do a job that would normally take three hours.

The company has bought anti-drone nets for its vehicles and is testing portable jammers, which it says have saved at least two crews this summer. Each jammer costs more than a month of the foreman's salary, and the crew shares one between two vans.

Officials in Sumy worry that Russian forces could try to push closer to the city in the autumn and bring its substations within range of artillery. The regional administration has asked Kyiv for mobile gas turbines and for help to build protective concrete shelters around the largest transformers.

The human cost is already heavy. Three of the company's workers in the region have been killed since February 2022, and a dozen have been wounded. Petro keeps a photograph of one of them, a younger colleague killed by a drone in March, tucked behind the sun visor.

"People ask why we keep going," he says, tightening a bolt on a pole outside a village whose name he asks us not to print. "Because if we stop, the old people here sit in the dark, and then they leave. And then there is nothing left to defend."

Read more: How Russian troops captured Novenke and what it means for the Sumy border

Subscribe to Meridian Weekly for our reporting from the front line, delivered every Tuesday.""", "en", "long")

g("b6-002", "Yunakivka", "Yunakivka", "captured", "RU", A, "2025-04", "month", "explicit",
  "Russia's Defence Ministry", "RU", T, T, None,
  "Russia's Defence Ministry claimed the capture of Yunakivka in late April, and the village, once a stop on Petro's regular routes, now lies on the Russian side of the line.")
g("b6-002", "the village", "Yunakivka", "controls", "RU", A, "2025-07-08", "day", "publication",
  "outlet", "neutral", F, F, None,
  "Russia's Defence Ministry claimed the capture of Yunakivka in late April, and the village, once a stop on Petro's regular routes, now lies on the Russian side of the line.")
g("b6-002", "Oleksiivka", "Oleksiivka", "contested", None, A, "2025-07-07", "day", "relative",
  "Oleh Hryhorov", "UA", F, F, None,
  "Governor Oleh Hryhorov said on Monday that fighting was continuing in Oleksiivka, a few kilometres to the west, where Russian units held the northern streets.")
g("b6-002", "Oleksiivka", "Oleksiivka", "controls", "RU", A, "2025-07-07", "day", "relative",
  "Oleh Hryhorov", "UA", F, F, "the northern streets",
  "Governor Oleh Hryhorov said on Monday that fighting was continuing in Oleksiivka, a few kilometres to the west, where Russian units held the northern streets.")
g("b6-002", "Andriivka", "Andriivka", "captured", "UA", A, "2025-06", "month", "explicit",
  "225th separate assault battalion", "UA", F, F, None,
  "Ukrainian forces retook Andriivka in June, according to the 225th separate assault battalion, which published footage of its soldiers raising a flag over the village school.")

# ---------------------------------------------------------------- b6-003 (en, short, Sudan wire)
art("b6-003", "https://newsdesk.example.net/africa/2024/11/24/sudan-army-mayerno-sennar",
    "Newsdesk Africa", "2024-11-24",
    "Sudan's army says it recaptured town in Sennar state from RSF",
    """Sudan's army says it recaptured town in Sennar state from RSF

CAIRO, Nov 24 (Newsdesk) - Sudan's army said on Sunday it had recaptured the town of Mayerno in Sennar state from the paramilitary Rapid Support Forces, extending a counter-offensive along the Blue Nile.

Army spokesman Nabil Abdallah said in a statement that troops had "cleansed Mayerno of the rebel militia" after two days of fighting and were pursuing fighters towards the south.

An adviser to the RSF commander said on X that the group's fighters had pulled back from Mayerno on Thursday in what he called a planned repositioning, and denied that the army had taken the town by force.

Residents reached by telephone said clashes were continuing in Abu Hujar, further up the river, where both sides had brought in reinforcements.

The claims could not be independently verified. Telephone and internet connections in much of Sennar state have been cut for weeks.

The army retook Dinder, about 80 km to the east, in late October, its first significant gain in the state since the RSF swept through the area in the summer. The RSF still holds large parts of neighbouring Gezira state, and aid groups say tens of thousands of people have fled the fighting there since October.

The war, which began in April 2023, has killed tens of thousands of people and displaced more than 11 million, according to United Nations figures.

Sudanese soldiers ride in a pickup truck in Sennar state. Photo: Newsdesk

Related: RSF says it seized army base in North Darfur

Reporting by Newsdesk's Cairo bureau""", "en", "short")

g("b6-003", "Mayerno", "Mayerno", "captured", "SAF", A, "2024-11-24", "day", "relative",
  "Sudan's army", "SAF", T, F, None,
  "CAIRO, Nov 24 (Newsdesk) - Sudan's army said on Sunday it had recaptured the town of Mayerno in Sennar state from the paramilitary Rapid Support Forces, extending a counter-offensive along the Blue Nile.")
g("b6-003", "Mayerno", "Mayerno", "withdrew", "RSF", A, "2024-11-21", "day", "relative",
  "an adviser to the RSF commander", "RSF", T, F, None,
  "An adviser to the RSF commander said on X that the group's fighters had pulled back from Mayerno on Thursday in what he called a planned repositioning, and denied that the army had taken the town by force.")
g("b6-003", "the town", "Mayerno", "captured", "SAF", D, "2024-11-24", "day", "publication",
  "an adviser to the RSF commander", "RSF", T, F, None,
  "An adviser to the RSF commander said on X that the group's fighters had pulled back from Mayerno on Thursday in what he called a planned repositioning, and denied that the army had taken the town by force.")
g("b6-003", "Abu Hujar", "Abu Hujar", "contested", None, A, "2024-11-24", "day", "publication",
  "residents", "unknown", T, F, None,
  "Residents reached by telephone said clashes were continuing in Abu Hujar, further up the river, where both sides had brought in reinforcements.")
g("b6-003", "Dinder", "Dinder", "captured", "SAF", A, "2024-10", "month", "explicit",
  "outlet", "neutral", F, T, None,
  "The army retook Dinder, about 80 km to the east, in late October, its first significant gain in the state since the RSF swept through the area in the summer.")

# ---------------------------------------------------------------- b6-005 (en, short, live blog)
art("b6-005", "https://live.example.co.uk/world/live/2025/feb/18/russia-ukraine-war-live",
    "The Daily Ledger", "2025-02-18",
    "Russia-Ukraine war live: Moscow claims Dvorichna on Oskil river; Kyiv says fighting goes on",
    """Russia-Ukraine war live: Moscow claims Dvorichna on Oskil river; Kyiv says fighting goes on

Live updates | Share | Updated 15:10 GMT

Key events
- Russia says it has taken Dvorichna in Kharkiv region
- Ukraine's army denies the claim
- Talks on energy truce stall in Riyadh

14:52 GMT
Russia's defence ministry has just said its troops "liberated" Dvorichna, a village on the east bank of the Oskil river in the north of Kharkiv region.

Nazar Voloshyn, spokesman for Ukraine's Khortytsia group of forces, told us a few minutes ago that the Russian statement was "not true". "There are battles in the village, our units are there," he said.

The DeepState monitoring group, which is close to Ukraine's military, said on Telegram that Russian troops had entered Dvorichna and set up positions on its western edge, but that the village was not under their full control.

14:20 GMT
Some context on the village: Russian forces seized Dvorichna in the first days of the full-scale invasion and held it until Ukraine's lightning counter-offensive of September 2022, when Ukrainian troops took it back along with dozens of villages on the Oskil.

13:41 GMT
Ukraine's General Staff says its troops repelled four Russian attacks on Synkivka overnight. The evening report also lists 27 clashes on the Kharkiv and Oskil sectors.

12:15 GMT
The governor of Kharkiv region says two people were injured by a drone in the city's Kyivskyi district this morning.

Read more: Ukraine says its forces recaptured positions near the border""", "en", "short")

g("b6-005", "Dvorichna", "Dvorichna", "liberated", "RU", A, "2025-02-18", "day", "publication",
  "Russia's defence ministry", "RU", F, F, None,
  "Russia's defence ministry has just said its troops \"liberated\" Dvorichna, a village on the east bank of the Oskil river in the north of Kharkiv region.")
g("b6-005", "Dvorichna", "Dvorichna", "liberated", "RU", D, "2025-02-18", "day", "publication",
  "Nazar Voloshyn", "UA", F, F, None,
  "Nazar Voloshyn, spokesman for Ukraine's Khortytsia group of forces, told us a few minutes ago that the Russian statement was \"not true\".")
g("b6-005", "the village", "Dvorichna", "contested", None, A, "2025-02-18", "day", "publication",
  "Nazar Voloshyn", "UA", F, F, None,
  "\"There are battles in the village, our units are there,\" he said.")
g("b6-005", "Dvorichna", "Dvorichna", "entered", "RU", A, "2025-02-18", "day", "publication",
  "DeepState", "UA", F, F, "western edge",
  "The DeepState monitoring group, which is close to Ukraine's military, said on Telegram that Russian troops had entered Dvorichna and set up positions on its western edge, but that the village was not under their full control.")
g("b6-005", "the village", "Dvorichna", "controls", "RU", D, "2025-02-18", "day", "publication",
  "DeepState", "UA", F, F, None,
  "The DeepState monitoring group, which is close to Ukraine's military, said on Telegram that Russian troops had entered Dvorichna and set up positions on its western edge, but that the village was not under their full control.")
g("b6-005", "Dvorichna", "Dvorichna", "captured", "RU", A, "2022-02", "month", "explicit",
  "outlet", "neutral", F, T, None,
  "Some context on the village: Russian forces seized Dvorichna in the first days of the full-scale invasion and held it until Ukraine's lightning counter-offensive of September 2022, when Ukrainian troops took it back along with dozens of villages on the Oskil.")
g("b6-005", "Dvorichna", "Dvorichna", "captured", "UA", A, "2022-09", "month", "explicit",
  "outlet", "neutral", F, T, None,
  "Some context on the village: Russian forces seized Dvorichna in the first days of the full-scale invasion and held it until Ukraine's lightning counter-offensive of September 2022, when Ukrainian troops took it back along with dozens of villages on the Oskil.")
g("b6-005", "Synkivka", "Synkivka", "repelled_attack", "UA", A, "2025-02-18", "day", "relative",
  "Ukraine's General Staff", "UA", F, F, None,
  "Ukraine's General Staff says its troops repelled four Russian attacks on Synkivka overnight.")

# ---------------------------------------------------------------- b6-004 (en, long, Sudan aid feature)
art("b6-004", "https://reliefwatch.example.org/stories/2025-06-03-kordofan-roads-closing",
    "Relief Watch", "2025-06-03",
    "In Kordofan, aid convoys race a closing road as the war moves west",
    """In Kordofan, aid convoys race a closing road as the war moves west

Trucks carrying sorghum and medicine wait for days outside El Obeid while the fighting between Sudan's army and the RSF shifts towards the towns of West and South Kordofan.

Photo caption: Displaced families collect water at a camp near El Obeid, May 2025. Photo: Relief Watch / A. M.

The drivers sleep under their trucks. At the livestock market on the western edge of El Obeid, some thirty vehicles loaded with sorghum, cooking oil and hospital supplies have been parked for nine days, waiting for someone to tell them the road west is open.

It has not been open since May. The Rapid Support Forces seized En Nahud, the main market town of West Kordofan, on May 1, and the convoy route that ran through it to the camps further west was cut within a day. Aid workers say tens of thousands of people fled En Nahud in the first week alone, many of them on foot.

"We have the food and we have the trucks," said a logistics officer with a UN agency, who was not authorised to speak publicly. "What we don't have is a road that anyone can guarantee for six hours."

The army says the picture is changing. A military spokesman said on Saturday that troops had driven the RSF out of Al Khuwei, a town on the highway between El Obeid and En Nahud, after heavy fighting. An RSF statement later called the army's account "fabricated" and said its fighters remained in the town.

Neither claim could be verified. Drivers who reached El Obeid from the west this week said they had seen army vehicles on the road near Al Khuwei, but could not say who held the market or the wells.

Further south, the situation is worse. Dilling and Kadugli, the two largest towns of South Kordofan, have been cut off by the RSF and its ally, the SPLM-North faction of Abdelaziz al-Hilu, for months, according to aid agencies. Food prices in Kadugli have tripled since January, and the only functioning hospital is rationing fuel for its generator.

Some analysts warn that the RSF may next try to encircle El Obeid itself, which would leave the entire region without a supply hub. Others say the army's gains along the highway make that unlikely before the rainy season.

Aid groups are trying to prepare for either outcome. The World Food Programme says it has pre-positioned enough food in El Obeid for about 200,000 people for a month, but that the stocks are useless if they cannot be moved. The rains, which usually begin in late June, will turn many of the dirt roads into mud for three months.

For the families in the camps on the edge of El Obeid, the calculations are simpler. Hawa, a mother of five from a village near En Nahud, walked for four days to reach the city. She says she has not heard from her husband since the day the RSF arrived.

Many of those in the camps have been displaced more than once. Some fled Nyala, which the RSF has controlled since October 2023, to En Nahud, only to flee again this spring. "Every time we stop, the war follows us," Hawa said.

Related: Sudan's army says it has entered the outskirts of another Kordofan town

Support our reporting. Sign up for the Relief Watch newsletter.""", "en", "long")

g("b6-004", "En Nahud", "En Nahud", "captured", "RSF", A, "2025-05-01", "day", "explicit",
  "outlet", "neutral", F, T, None,
  "The Rapid Support Forces seized En Nahud, the main market town of West Kordofan, on May 1, and the convoy route that ran through it to the camps further west was cut within a day.")
g("b6-004", "Al Khuwei", "Al Khuwei", "captured", "SAF", A, "2025-05-31", "day", "relative",
  "a military spokesman", "SAF", T, F, None,
  "A military spokesman said on Saturday that troops had driven the RSF out of Al Khuwei, a town on the highway between El Obeid and En Nahud, after heavy fighting.")
g("b6-004", "Al Khuwei", "Al Khuwei", "captured", "SAF", D, "2025-05-31", "day", "relative",
  "RSF statement", "RSF", T, F, None,
  "An RSF statement later called the army's account \"fabricated\" and said its fighters remained in the town.")
g("b6-004", "the town", "Al Khuwei", "controls", "RSF", A, "2025-06-03", "day", "publication",
  "RSF statement", "RSF", T, F, None,
  "An RSF statement later called the army's account \"fabricated\" and said its fighters remained in the town.")
g("b6-004", "Dilling", "Dilling", "encircled/blockaded", "RSF", A, "2025-06-03", "day", "publication",
  "aid agencies", "neutral", F, F, None,
  "Dilling and Kadugli, the two largest towns of South Kordofan, have been cut off by the RSF and its ally, the SPLM-North faction of Abdelaziz al-Hilu, for months, according to aid agencies.")
g("b6-004", "Kadugli", "Kadugli", "encircled/blockaded", "RSF", A, "2025-06-03", "day", "publication",
  "aid agencies", "neutral", F, F, None,
  "Dilling and Kadugli, the two largest towns of South Kordofan, have been cut off by the RSF and its ally, the SPLM-North faction of Abdelaziz al-Hilu, for months, according to aid agencies.")
g("b6-004", "Nyala", "Nyala", "controls", "RSF", A, "2023-10", "month", "since",
  "outlet", "neutral", F, T, None,
  "Some fled Nyala, which the RSF has controlled since October 2023, to En Nahud, only to flee again this spring.")

# ---------------------------------------------------------------- b6-006 (en, long, analysis ISW/DeepState)
art("b6-006", "https://frontlineanalysis.example.com/2025/01/20/kotlyne-udachne-western-donetsk",
    "Frontline Analysis", "2025-01-20",
    "Analysis: Russia grinds west of the Donetsk coal belt as Ukraine's manpower thins",
    """Analysis: Russia grinds west of the Donetsk coal belt as Ukraine's manpower thins

By the Frontline Analysis desk | 8 min read

Satellite image of the Kotlyne area, January 2025. Image: commercial satellite provider via Frontline Analysis

For most of the autumn, the story in western Donetsk was one of Russian infantry trickling through tree lines in groups of three or four. In January the trickle has begun to change the map.

The Institute for the Study of War assessed on Sunday that Russian forces had likely seized Udachne, a village on the railway line that carries coal from the region's last working coking mine. Russia's defence ministry announced the capture of Kotlyne last Thursday, a claim ISW said it had not yet been able to confirm.

The DeepState group, whose maps are widely used by Ukrainian officers, gave a more cautious picture. Its map on Monday showed about 40% of Kotlyne in Russian hands, with the rest marked as a grey zone. DeepState said fighting continued for Zvirove, just to the north.

Further south, a spokesman for Ukraine's Khortytsia group of forces said that Ukrainian units had pulled back from Novoserhiivka to avoid being cut off. He did not say when the withdrawal took place.

What is changing

Three things explain the acceleration. The first is drones. Russia has fielded more fibre-optic FPV drones, which cannot be jammed, and is using them to hunt Ukrainian supply vehicles up to 15 km behind the line. Ukrainian logistics officers describe roads that were usable in November as "corridors of death" in January.

The second is manpower. Several Ukrainian brigades on this sector are operating at a fraction of their nominal strength, and some infantry positions are held by two or three soldiers for weeks at a time. Russia, by contrast, continues to recruit enough men on contract to replace its heavy losses.

The third is terrain. West of the coal towns, the land flattens into open fields broken by narrow tree belts, which gives defenders fewer places to hide and makes counterattacks costly.

What to watch

ISW assessed that Russian forces will likely try to push north toward Kotliarivka in the coming weeks, and may attempt to cut the highway to Dnipro. Neither has happened yet. Ukrainian commanders say new drone units and the arrival of a reinforced brigade could slow the advance.

The General Staff in Kyiv reported 48 Russian assaults on the Novopavlivka direction on Sunday, one of the highest daily figures of the winter. Most were small, but the cumulative pressure is what matters.

It is worth remembering how quickly the picture has shifted. Novohrodivka, which Russian forces took in September 2024, was then described by Ukrainian officers as a temporary setback. Four months later, the front line lies well to the west of it.

The economic cost is also real. The coking coal from the mine near Udachne was the last domestic supply for Ukraine's steel industry. Its closure this month, after the company evacuated staff, means imports that Ukraine can ill afford.

Nothing in the current pattern suggests a collapse. Russian gains remain slow and expensive, measured in a few hundred metres a day, and Russian units have repeatedly stalled in front of fortified villages. But the direction of travel is clear, and it is not Ukraine's.

Related: Russian forces capture another village near the Donetsk region border, ministry says

Subscribe to our weekly front-line briefing.""", "en", "long")

g("b6-006", "Udachne", "Udachne", "captured", "RU", A, "2025-01-19", "day", "relative",
  "Institute for the Study of War", "neutral", T, F, None,
  "The Institute for the Study of War assessed on Sunday that Russian forces had likely seized Udachne, a village on the railway line that carries coal from the region's last working coking mine.")
g("b6-006", "Kotlyne", "Kotlyne", "captured", "RU", A, "2025-01-16", "day", "relative",
  "Russia's defence ministry", "RU", T, F, None,
  "Russia's defence ministry announced the capture of Kotlyne last Thursday, a claim ISW said it had not yet been able to confirm.")
g("b6-006", "Kotlyne", "Kotlyne", "controls", "RU", A, "2025-01-20", "day", "relative",
  "DeepState", "UA", F, F, "about 40%",
  "Its map on Monday showed about 40% of Kotlyne in Russian hands, with the rest marked as a grey zone.")
g("b6-006", "Zvirove", "Zvirove", "contested", None, A, "2025-01-20", "day", "publication",
  "DeepState", "UA", F, F, None,
  "DeepState said fighting continued for Zvirove, just to the north.")
g("b6-006", "Novoserhiivka", "Novoserhiivka", "withdrew", "UA", A, None, None, "none",
  "a spokesman for Ukraine's Khortytsia group of forces", "UA", F, F, None,
  "Further south, a spokesman for Ukraine's Khortytsia group of forces said that Ukrainian units had pulled back from Novoserhiivka to avoid being cut off.")
g("b6-006", "Novohrodivka", "Novohrodivka", "captured", "RU", A, "2024-09", "month", "explicit",
  "outlet", "neutral", F, T, None,
  "Novohrodivka, which Russian forces took in September 2024, was then described by Ukrainian officers as a temporary setback.")

# ---------------------------------------------------------------- b6-007 (en, short, local news, governor)
art("b6-007", "https://dniprotoday.example.com/news/2025-06-10-lysak-dachne-maliivka",
    "Dnipro Today", "2025-06-10",
    "Governor: no Russian troops in Dachne, assault near Maliivka stopped",
    """Governor: no Russian troops in Dachne, assault near Maliivka stopped

Dnipro Today | Region | 10 June 2025, 11:40

The head of the Dnipropetrovsk regional military administration, Serhiy Lysak, on Tuesday rejected Moscow's claim that Russian forces had taken the village of Dachne in the east of the region.

Russia's defence ministry said on Sunday that its troops had reached the western border of the Donetsk region, entered Dnipropetrovsk region and captured Dachne.

"There is not a single Russian soldier in Dachne. The village is controlled by our defenders, and anyone can see that the Russian map is fiction," Lysak wrote on Telegram.

He said the situation on the regional border was difficult but under control, and asked residents not to share photographs of military positions.

The head of the Mezhova community, Volodymyr Zrazhevskyi, said a Russian assault group had tried to break into Maliivka on Monday morning and had been destroyed before it reached the first houses. Nine residents who had refused to leave Maliivka were evacuated later that day, he said.

Evacuation of families with children from frontline villages of the Synelnykove district has been mandatory since last summer. The regional administration says about 1,200 people are still living in the villages closest to the border.

Officials have asked residents of Mezhova to prepare emergency supplies of water, food and medicine in case the power supply is cut again.

Photo: Serhiy Lysak / Telegram

Read also: Russian troops claim advance toward Dnipropetrovsk region border

Subscribe to Dnipro Today on Telegram so you don't miss the latest news of the region.""", "en", "short")

g("b6-007", "Dachne", "Dachne", "captured", "RU", D, "2025-06-10", "day", "relative",
  "Serhiy Lysak", "UA", F, F, None,
  "The head of the Dnipropetrovsk regional military administration, Serhiy Lysak, on Tuesday rejected Moscow's claim that Russian forces had taken the village of Dachne in the east of the region.")
g("b6-007", "Dachne", "Dachne", "captured", "RU", A, "2025-06-08", "day", "relative",
  "Russia's defence ministry", "RU", F, F, None,
  "Russia's defence ministry said on Sunday that its troops had reached the western border of the Donetsk region, entered Dnipropetrovsk region and captured Dachne.")
g("b6-007", "Dachne", "Dachne", "entered", "RU", D, "2025-06-10", "day", "publication",
  "Serhiy Lysak", "UA", F, F, None,
  "\"There is not a single Russian soldier in Dachne. The village is controlled by our defenders, and anyone can see that the Russian map is fiction,\" Lysak wrote on Telegram.")
g("b6-007", "The village", "Dachne", "controls", "UA", A, "2025-06-10", "day", "publication",
  "Serhiy Lysak", "UA", F, F, None,
  "\"There is not a single Russian soldier in Dachne. The village is controlled by our defenders, and anyone can see that the Russian map is fiction,\" Lysak wrote on Telegram.")
g("b6-007", "Maliivka", "Maliivka", "repelled_attack", "UA", A, "2025-06-09", "day", "relative",
  "Volodymyr Zrazhevskyi", "UA", F, F, None,
  "The head of the Mezhova community, Volodymyr Zrazhevskyi, said a Russian assault group had tried to break into Maliivka on Monday morning and had been destroyed before it reached the first houses.")

# ---------------------------------------------------------------- b6-008 (en, short, explainer, undated)
art("b6-008", "https://explainers.example.org/qa/kursk-incursion-what-happened",
    "Context Desk", None,
    "Q&A: What happened in Russia's Kursk region?",
    """Q&A: What happened in Russia's Kursk region?

Explainer | Context Desk

What was the Kursk incursion?
On 6 August 2024, Ukrainian troops crossed the border into Russia's Kursk region in the first large-scale ground attack on Russian territory since the Second World War. Within two weeks Kyiv said it controlled more than 1,000 square kilometres of the region.

Which villages did Ukraine take?
Dozens. Ukrainian units entered Plekhovo, a village south of the district centre, on 10 August 2024. Russia's defence ministry said on 14 December 2024 that its forces had retaken Plekhovo, a claim Kyiv did not dispute at the time.

Did Ukraine try to widen the attack?
Yes. In September 2024, Ukrainian units tried to cross the border further west near Tetkino. On 11 September 2024, Russian officials said their forces had repelled the attack at Tetkino and destroyed several armoured vehicles.

How did it end?
Slowly, then quickly. In March 2025 Russian forces broke into the Ukrainian-held pocket from several sides. Russia's military said on 20 March 2025 that it had recaptured Guevo, one of the last villages held by Ukrainian troops, on the Psel river close to the border. Ukraine's General Staff said in mid-March that its forces had withdrawn to more favourable lines, without naming villages.

Why does it matter?
Ukraine had hoped to use captured territory as a bargaining chip in future talks. Whether the operation drew Russian troops away from Donetsk is still debated by analysts.

Related: Ukraine's forces pull back from positions in Kursk, General Staff says""", "en", "short")

g("b6-008", "Plekhovo", "Plekhovo", "entered", "UA", A, "2024-08-10", "day", "explicit",
  "outlet", "neutral", F, F, None,
  "Ukrainian units entered Plekhovo, a village south of the district centre, on 10 August 2024.")
g("b6-008", "Plekhovo", "Plekhovo", "captured", "RU", A, "2024-12-14", "day", "explicit",
  "Russia's defence ministry", "RU", F, F, None,
  "Russia's defence ministry said on 14 December 2024 that its forces had retaken Plekhovo, a claim Kyiv did not dispute at the time.")
g("b6-008", "Tetkino", "Tetkino", "repelled_attack", "RU", A, "2024-09-11", "day", "explicit",
  "Russian officials", "RU", F, F, None,
  "On 11 September 2024, Russian officials said their forces had repelled the attack at Tetkino and destroyed several armoured vehicles.")
g("b6-008", "Guevo", "Guevo", "captured", "RU", A, "2025-03-20", "day", "explicit",
  "Russia's military", "RU", F, F, None,
  "Russia's military said on 20 March 2025 that it had recaptured Guevo, one of the last villages held by Ukrainian troops, on the Psel river close to the border.")
g("b6-008", "Guevo", "Guevo", "controls", "UA", A, "2025-03", "month", "explicit",
  "outlet", "neutral", F, F, None,
  "Russia's military said on 20 March 2025 that it had recaptured Guevo, one of the last villages held by Ukrainian troops, on the Psel river close to the border.")

# ---------------------------------------------------------------- b6-009 (en, long, diplomacy)
art("b6-009", "https://globalaffairs.example.com/2025/08/14/summit-shadow-dobropillia-breakthrough",
    "Global Affairs Review", "2025-08-14",
    "Before the summit, a breach near Dobropillia sharpens the stakes",
    """Before the summit, a breach near Dobropillia sharpens the stakes

Diplomatic correspondent | 14 August 2025

Photo: Delegations' flags at the venue of Friday's meeting. Credit: Global Affairs Review

When the leaders of the United States and Russia sit down on Friday, the map on the table will look slightly different from the one their aides studied a week ago.

On Monday, DeepState reported that Russian units had pushed roughly ten kilometres north toward Dobropillia through a thinly held stretch of the Ukrainian line. According to the Ukrainian monitoring group, small Russian infiltration groups entered Zolotyi Kolodiaz and Kucheriv Yar, two villages on the road to the town.

Ukraine's 1st Corps of the National Guard, which was rushed to the area, said on Wednesday that it had cleared Kucheriv Yar and captured several Russian soldiers there. Russian military bloggers claimed that their forces had also entered Vesele, further west; Ukraine's General Staff said no Russian troops were in Vesele.

President Volodymyr Zelensky said in his nightly address that Dobropillia was fully in Ukrainian hands and that the breach was being closed. "The Russians want to show movement before the meeting. They want to arrive with a picture," he said.

That picture matters because of what Moscow is asking for. According to several European officials briefed on the preparations, the Kremlin has signalled that it would freeze the front in the south in exchange for Ukraine's withdrawal from the rest of the Donetsk region, including Kramatorsk and Sloviansk. Kyiv has ruled that out. "We will not leave our land," Zelensky said on Tuesday.

Diplomats in Brussels describe a mood of anxiety rather than hope. European governments fear that a deal reached over Ukraine's head would reward the use of force and leave the rest of the country exposed. Several of them have spent the week on the phone to Washington, trying to ensure that any ceasefire comes with security guarantees that can be enforced.

The Russian position has been consistent for months. Moscow wants recognition of its claims to four Ukrainian regions, limits on Ukraine's armed forces and an end to Western military aid. The Kremlin's foreign policy aide, Yuri Ushakov, said on Wednesday that the Russian army "holds the initiative along the entire line of contact", and that this would be reflected in any agreement.

Ukrainian officials reply that the front has moved only slowly for more than a year, and at enormous cost to Russia. Horlivka, which Russian-backed forces have held since 2014, is still only a few kilometres from the Ukrainian lines, they note, and the main fortified towns of the Donetsk region remain under Ukrainian control.

Whether the breach near Dobropillia becomes a bargaining chip or a footnote will depend on the coming days. Analysts at the Institute for the Study of War said Russian commanders would probably try to widen the gap before Friday, but that Ukrainian reserves had arrived quickly.

For the residents of Dobropillia, most of whom left long ago, the summit is a distant event. The town's bus station, hit by a missile in March, still has no roof. Those who remain queue for water delivered by truck, and several said they had stopped following the news from abroad. "Every time they meet, it gets worse here," said one woman waiting with two plastic canisters.

Read more: Ukraine says it has stabilised the front near Dobropillia

Get our diplomatic newsletter every Friday.""", "en", "long")

g("b6-009", "Dobropillia", "Dobropillia", "advancing_toward", "RU", A, "2025-08-11", "day", "relative",
  "DeepState", "UA", F, F, None,
  "On Monday, DeepState reported that Russian units had pushed roughly ten kilometres north toward Dobropillia through a thinly held stretch of the Ukrainian line.")
g("b6-009", "Zolotyi Kolodiaz", "Zolotyi Kolodiaz", "entered", "RU", A, "2025-08-11", "day", "relative",
  "DeepState", "UA", F, F, None,
  "According to the Ukrainian monitoring group, small Russian infiltration groups entered Zolotyi Kolodiaz and Kucheriv Yar, two villages on the road to the town.")
g("b6-009", "Kucheriv Yar", "Kucheriv Yar", "entered", "RU", A, "2025-08-11", "day", "relative",
  "DeepState", "UA", F, F, None,
  "According to the Ukrainian monitoring group, small Russian infiltration groups entered Zolotyi Kolodiaz and Kucheriv Yar, two villages on the road to the town.")
g("b6-009", "Kucheriv Yar", "Kucheriv Yar", "captured", "UA", A, "2025-08-13", "day", "relative",
  "1st Corps of the National Guard", "UA", F, F, None,
  "Ukraine's 1st Corps of the National Guard, which was rushed to the area, said on Wednesday that it had cleared Kucheriv Yar and captured several Russian soldiers there.")
g("b6-009", "Vesele", "Vesele", "entered", "RU", A, "2025-08-14", "day", "publication",
  "Russian military bloggers", "RU", T, F, None,
  "Russian military bloggers claimed that their forces had also entered Vesele, further west; Ukraine's General Staff said no Russian troops were in Vesele.")
g("b6-009", "Vesele", "Vesele", "entered", "RU", D, "2025-08-14", "day", "publication",
  "Ukraine's General Staff", "UA", F, F, None,
  "Russian military bloggers claimed that their forces had also entered Vesele, further west; Ukraine's General Staff said no Russian troops were in Vesele.")
g("b6-009", "Dobropillia", "Dobropillia", "controls", "UA", A, "2025-08-14", "day", "publication",
  "Volodymyr Zelensky", "UA", F, F, None,
  "President Volodymyr Zelensky said in his nightly address that Dobropillia was fully in Ukrainian hands and that the breach was being closed.")
g("b6-009", "Horlivka", "Horlivka", "controls", "RU", A, "2014", "year", "since",
  "Ukrainian officials", "UA", F, T, None,
  "Horlivka, which Russian-backed forces have held since 2014, is still only a few kilometres from the Ukrainian lines, they note, and the main fortified towns of the Donetsk region remain under Ukrainian control.")

# ---------------------------------------------------------------- b6-010 (en, short, wire, Luhansk)
art("b6-010", "https://agencewire.example.fr/en/2025/01/28/russia-claims-nadiia-luhansk",
    "AW News Agency", "2025-01-28",
    "Russia claims village in Luhansk region, Ukraine says battle not over",
    """Russia claims village in Luhansk region, Ukraine says battle not over

MOSCOW, Jan 28 (AW) - Russia said on Tuesday that its forces had captured the village of Nadiia in the Luhansk region, near the border with Kharkiv region, as its troops press on the Borova sector.

The defence ministry said in its daily briefing that units of the "West" group had "liberated" the village, which it called by its Russian name Nadezhda.

A spokesman for Ukraine's 3rd Army Corps, speaking to AW by phone, described the Russian statement as premature and said fighting was continuing in Nadiia.

Ukraine's General Staff said in its morning report that its forces had repelled five Russian assaults on Makiivka and on Nevske over the past day.

Nevske was retaken by Ukrainian forces in the autumn of 2022, during the counter-offensive that pushed Russian troops back from the Oskil river. Since then the line in this area has moved back and forth by only a few kilometres.

Moscow has claimed to control almost all of the Luhansk region since the summer of 2022. Military analysts say that Russian commanders want to push Ukrainian troops out of the last strip of the region before any talks begin.

AW was unable to verify the claims made by either side.

The war, now nearly three years old, has displaced millions and left much of eastern Ukraine in ruins.

Related: Ukraine says it recaptured positions in the Serebrianka forest

-- AW News Agency, Moscow and Kyiv bureaus""", "en", "short")

g("b6-010", "Nadiia", "Nadiia", "captured", "RU", A, "2025-01-28", "day", "relative",
  "Russian defence ministry", "RU", T, F, None,
  "MOSCOW, Jan 28 (AW) - Russia said on Tuesday that its forces had captured the village of Nadiia in the Luhansk region, near the border with Kharkiv region, as its troops press on the Borova sector.")
g("b6-010", "Nadiia", "Nadiia", "captured", "RU", D, "2025-01-28", "day", "publication",
  "spokesman for Ukraine's 3rd Army Corps", "UA", T, F, None,
  "A spokesman for Ukraine's 3rd Army Corps, speaking to AW by phone, described the Russian statement as premature and said fighting was continuing in Nadiia.")
g("b6-010", "Nadiia", "Nadiia", "contested", None, A, "2025-01-28", "day", "publication",
  "spokesman for Ukraine's 3rd Army Corps", "UA", T, F, None,
  "A spokesman for Ukraine's 3rd Army Corps, speaking to AW by phone, described the Russian statement as premature and said fighting was continuing in Nadiia.")
g("b6-010", "Makiivka", "Makiivka", "repelled_attack", "UA", A, "2025-01-27", "day", "relative",
  "Ukraine's General Staff", "UA", T, F, None,
  "Ukraine's General Staff said in its morning report that its forces had repelled five Russian assaults on Makiivka and on Nevske over the past day.")
g("b6-010", "Nevske", "Nevske", "repelled_attack", "UA", A, "2025-01-27", "day", "relative",
  "Ukraine's General Staff", "UA", T, F, None,
  "Ukraine's General Staff said in its morning report that its forces had repelled five Russian assaults on Makiivka and on Nevske over the past day.")
g("b6-010", "Nevske", "Nevske", "captured", "UA", A, "2022", "year", "explicit",
  "outlet", "neutral", F, T, None,
  "Nevske was retaken by Ukrainian forces in the autumn of 2022, during the counter-offensive that pushed Russian troops back from the Oskil river.")

# ---------------------------------------------------------------- b6-011 (ru, short, state agency)
art("b6-011", "https://agentstvo.example.ru/armiya/2025-03-04/torskoe",
    "Агентство «Вести фронта»", "2025-03-04",
    "Минобороны РФ: войска «Запада» освободили Торское в ДНР",
    """Минобороны РФ: войска «Запада» освободили Торское в ДНР

МОСКВА, 4 марта. /«Вести фронта»/. Подразделения группировки войск «Запад» освободили населенный пункт Торское в Донецкой Народной Республике, сообщили во вторник в Министерстве обороны России.

«В результате активных наступательных действий подразделениями группировки войск "Запад" освобожден населенный пункт Торское», — говорится в сводке ведомства.

По данным министерства, за сутки российские военные также отразили три контратаки штурмовых групп ВСУ на окраине Заречного. Противник потерял до 140 военнослужащих, два бронеавтомобиля и артиллерийское орудие.

Военный эксперт Андрей Марочко в беседе с «Вестями фронта» заявил, что российские бойцы вошли в Колодези и закрепились на их северной окраине. По его словам, украинские подразделения накануне были вынуждены отступить из Дибровы, оставив часть техники.

«Сейчас ключевая задача — расширить плацдарм и выйти к Рай-Александровке», — добавил эксперт.

Освобождение Торского позволит, по оценке Марочко, перерезать одну из дорог, по которой ВСУ снабжают свои позиции в лесах у реки Северский Донец.

Всего за сутки на этом направлении, по данным Минобороны, зафиксировано более 20 боестолкновений.

Читайте также: ВС РФ освободили еще два населенных пункта на Донбассе

Фото: Минобороны РФ

Подписывайтесь на «Вести фронта» в Telegram, чтобы первыми узнавать главные новости СВО.""", "ru", "short")

g("b6-011", "Торское", "Torske", "liberated", "RU", A, "2025-03-04", "day", "relative",
  "Министерство обороны России", "RU", F, F, None,
  "Подразделения группировки войск «Запад» освободили населенный пункт Торское в Донецкой Народной Республике, сообщили во вторник в Министерстве обороны России.")
g("b6-011", "Заречного", "Zarichne", "repelled_attack", "RU", A, "2025-03-03", "day", "relative",
  "Министерство обороны России", "RU", F, F, "окраина",
  "По данным министерства, за сутки российские военные также отразили три контратаки штурмовых групп ВСУ на окраине Заречного.")
g("b6-011", "Колодези", "Kolodiazi", "entered", "RU", A, "2025-03-04", "day", "publication",
  "Андрей Марочко", "RU", F, F, "северная окраина",
  "Военный эксперт Андрей Марочко в беседе с «Вестями фронта» заявил, что российские бойцы вошли в Колодези и закрепились на их северной окраине.")
g("b6-011", "Дибровы", "Dibrova", "withdrew", "UA", A, "2025-03-03", "day", "relative",
  "Андрей Марочко", "RU", F, F, None,
  "По его словам, украинские подразделения накануне были вынуждены отступить из Дибровы, оставив часть техники.")

# ---------------------------------------------------------------- b6-012 (ru, long, residents feature, Belgorod)
art("b6-012", "https://krayvesti.example.ru/obshchestvo/2025/03/20/krasnaya-yaruga",
    "Краевые вести", "2025-03-20",
    "«Уезжать некуда»: как живет Краснояружский район после атак на приграничье",
    """«Уезжать некуда»: как живет Краснояружский район после атак на приграничье

Корреспондент «Краевых вестей» провела два дня в селах у границы с Сумской областью

Фото: жительница Красной Яруги у разрушенного дома. Фото: «Краевые вести»

В Красной Яруге снова работает хлебный киоск у автостанции. Продавщица Наталья говорит, что очередь выстраивается еще до открытия: в соседних селах магазины закрыты уже вторую неделю, и люди приезжают за продуктами на попутках.

Тревожно здесь стало в середине марта, когда украинские подразделения попытались перейти границу у сел Демидовка и Поповка. По данным Минобороны России, все попытки ВСУ прорваться к Демидовке и Поповке были отражены, противник потерял бронетехнику и отошел на территорию Сумской области.

Украинские военные блогеры тогда писали, что их подразделения якобы вошли в Демидовку и закрепились на окраине села. Официальный Киев эти сообщения не комментировал.

Губернатор Вячеслав Гладков в своем Telegram-канале призвал жителей приграничных сел временно выехать к родственникам или в пункты временного размещения в Белгороде. «Ситуация сложная, но контролируемая», — написал он.

Военкор Александр Коц в среду сообщил, что бои на окраине Поповки продолжаются, хотя, по его словам, интенсивность снизилась.

Жители Демидовки, с которыми удалось поговорить по телефону, рассказывают, что почти не выходят из подвалов. «Дроны летают с утра до ночи. Газа нет, света нет, воду возим из колодца», — говорит пенсионерка Валентина Ивановна. Ее сын уехал в Белгород, а она отказывается: «Здесь хозяйство, куры. Кто за ними смотреть будет?»

В районной администрации говорят, что из приграничных сел выехали больше тысячи человек. Школы переведены на дистанционное обучение, детский сад в Красной Яруге закрыт. Автобусы до Белгорода ходят два раза в день, но водители признаются, что ездят с опаской: на трассе несколько раз видели беспилотники.

Для многих жителей это уже не первая волна тревоги. Весной 2024 года отряды, воевавшие на стороне Киева, заходили в Тёткино Курской области, и тогда о нападениях говорили как о чем-то исключительном. Теперь, признаются местные, к сиренам привыкли.

Параллельно с событиями в Белгородской области Минобороны сообщило об освобождении Николаево-Дарьино в Курской области. Для жителей Краснояружского района это стало поводом надеяться, что давление на границу ослабнет.

Волонтеры из Белгорода привозят в села генераторы, лекарства и корм для скота. Координатор одной из групп, Ирина, говорит, что самая большая проблема — пожилые люди, которые живут одни. «Многие не слышат сирен, у многих нет телефонов. Мы объезжаем дома по списку, но списки устаревают каждую неделю», — рассказывает она.

В администрации обещают восстановить газоснабжение к концу месяца, если позволит обстановка. Ремонтные бригады уже дважды выезжали на поврежденный газопровод, но оба раза работы прерывались из-за обстрелов.

Продавщица Наталья в ответ на вопрос, не думает ли она уехать, пожимает плечами. «Куда? Дом здесь, работа здесь. Уезжать некуда», — говорит она и возвращается к очереди.

Читайте также: Гладков рассказал о восстановлении домов в Шебекине

Подписывайтесь на «Краевые вести» во «ВКонтакте» и Telegram.""", "ru", "long")

g("b6-012", "Демидовке", "Demidovka", "repelled_attack", "RU", A, "2025-03", "month", "explicit",
  "Минобороны России", "RU", F, F, None,
  "По данным Минобороны России, все попытки ВСУ прорваться к Демидовке и Поповке были отражены, противник потерял бронетехнику и отошел на территорию Сумской области.")
g("b6-012", "Поповке", "Popovka", "repelled_attack", "RU", A, "2025-03", "month", "explicit",
  "Минобороны России", "RU", F, F, None,
  "По данным Минобороны России, все попытки ВСУ прорваться к Демидовке и Поповке были отражены, противник потерял бронетехнику и отошел на территорию Сумской области.")
g("b6-012", "Демидовку", "Demidovka", "entered", "UA", A, "2025-03", "month", "relative",
  "украинские военные блогеры", "UA", T, F, "окраина",
  "Украинские военные блогеры тогда писали, что их подразделения якобы вошли в Демидовку и закрепились на окраине села.")
g("b6-012", "Поповки", "Popovka", "contested", None, A, "2025-03-19", "day", "relative",
  "Александр Коц", "RU", F, F, "окраина",
  "Военкор Александр Коц в среду сообщил, что бои на окраине Поповки продолжаются, хотя, по его словам, интенсивность снизилась.")
g("b6-012", "Тёткино", "Tetkino", "entered", "UA", A, "2024", "year", "explicit",
  "outlet", "RU", F, T, None,
  "Весной 2024 года отряды, воевавшие на стороне Киева, заходили в Тёткино Курской области, и тогда о нападениях говорили как о чем-то исключительном.")
g("b6-012", "Николаево-Дарьино", "Nikolayevo-Darino", "liberated", "RU", A, "2025-03", "month", "relative",
  "Минобороны", "RU", F, F, None,
  "Параллельно с событиями в Белгородской области Минобороны сообщило об освобождении Николаево-Дарьино в Курской области.")

# ---------------------------------------------------------------- b6-013 (ru, short, independent outlet)
art("b6-013", "https://nezavisimo.example.lv/news/2024/10/04/kruglyakovka",
    "Независимо", "2024-10-04",
    "Минобороны России заявило о взятии Кругляковки в Харьковской области. ВСУ это отрицают",
    """Минобороны России заявило о взятии Кругляковки в Харьковской области. ВСУ это отрицают

Новости | 4 октября 2024, 13:05

Министерство обороны России в пятницу заявило, что войска группировки «Запад» взяли под контроль село Кругляковка в Харьковской области (по-украински — Круглякивка). Село расположено на левом берегу реки Оскол.

Генштаб ВСУ в ответ сообщил, что российское заявление не соответствует действительности: бои за Кругляковку продолжаются.

Аналитики украинского проекта DeepState, который отслеживает изменения линии фронта, отметили на карте, что российские военные продвинулись в восточную часть Кругляковки.

Ранее провоенные российские телеграм-каналы писали, что российские войска якобы окружили группировку ВСУ в Кившаровке — крупном поселке к югу от Кругляковки. Подтверждений этому нет, и украинская сторона такие сообщения называет дезинформацией.

Независимо проверить сведения сторон «Независимо» не может.

Власти Харьковской области тем временем объявили обязательную эвакуацию семей с детьми из нескольких сел на левом берегу Оскола. По данным областной администрации, в зоне эвакуации все еще остаются более двух тысяч человек, в том числе около ста детей. Многие пожилые жители отказываются уезжать.

На Оскольском направлении российская армия наступает с лета. Цель, по мнению военных аналитиков, — выйти к реке Оскол на широком участке и отрезать украинские части на левом берегу от снабжения.

Фото: AP / архив

Подпишитесь на нашу рассылку — главное о войне каждое утро.""", "ru", "short")

g("b6-013", "Кругляковка", "Kruhliakivka", "captured", "RU", A, "2024-10-04", "day", "relative",
  "Министерство обороны России", "RU", T, F, None,
  "Министерство обороны России в пятницу заявило, что войска группировки «Запад» взяли под контроль село Кругляковка в Харьковской области (по-украински — Круглякивка).")
g("b6-013", "Кругляковку", "Kruhliakivka", "captured", "RU", D, "2024-10-04", "day", "publication",
  "Генштаб ВСУ", "UA", T, F, None,
  "Генштаб ВСУ в ответ сообщил, что российское заявление не соответствует действительности: бои за Кругляковку продолжаются.")
g("b6-013", "Кругляковку", "Kruhliakivka", "contested", None, A, "2024-10-04", "day", "publication",
  "Генштаб ВСУ", "UA", T, F, None,
  "Генштаб ВСУ в ответ сообщил, что российское заявление не соответствует действительности: бои за Кругляковку продолжаются.")
g("b6-013", "Кругляковки", "Kruhliakivka", "entered", "RU", A, "2024-10-04", "day", "publication",
  "DeepState", "UA", T, F, "восточная часть",
  "Аналитики украинского проекта DeepState, который отслеживает изменения линии фронта, отметили на карте, что российские военные продвинулись в восточную часть Кругляковки.")
g("b6-013", "Кившаровке", "Kivsharivka", "encircled/blockaded", "RU", A, None, None, "none",
  "провоенные российские телеграм-каналы", "RU", T, F, None,
  "Ранее провоенные российские телеграм-каналы писали, что российские войска якобы окружили группировку ВСУ в Кившаровке — крупном поселке к югу от Кругляковки.")
g("b6-013", "Кившаровке", "Kivsharivka", "encircled/blockaded", "RU", D, "2024-10-04", "day", "publication",
  "украинская сторона", "UA", T, F, None,
  "Подтверждений этому нет, и украинская сторона такие сообщения называет дезинформацией.")

# ---------------------------------------------------------------- b6-014 (uk, short, Ukrainian outlet, General Staff + DeepState)
art("b6-014", "https://pravdanews.example.com.ua/news/2025/02/25/kostiantynopil-ulakly",
    "Правда Новини", "2025-02-25",
    "Генштаб: біля Костянтинополя відбито штурм, DeepState фіксує окупацію Улаклів",
    """Генштаб: біля Костянтинополя відбито штурм, DeepState фіксує окупацію Улаклів

25 лютого 2025, 09:15

Минулої доби на Новопавлівському напрямку Сили оборони зупинили 19 атак окупантів. Зокрема, оборонці відбили штурм Костянтинополя, повідомив Генеральний штаб ЗСУ у ранковому зведенні.

Аналітики DeepState натомість повідомили, що ворог окупував Улакли (рос. Улаклы) та просунувся в напрямку Костянтинополя. За їхніми даними, росіяни також намагаються закріпитися на околицях Лисівки.

Тим часом Міноборони Росії нібито «звільнило» Лисівку. У Силах оборони ці заяви заперечують: за словами речника ОСУВ «Хортиця» Віктора Трегубова, село залишається під контролем ЗСУ, а противник зазнає значних втрат.

«Росіяни кидають у бій піхоту малими групами, підтримуючи її дронами. Ситуація складна, але керована», — сказав Трегубов в ефірі телемарафону.

Окрім того, протягом доби росіяни завдали авіаударів по прифронтових громадах Донеччини та Дніпропетровщини, скинувши понад 80 керованих авіабомб. У Дніпропетровській ОВА повідомили про пошкоджені приватні будинки та лінію електропередачі, загиблих немає. Ситуація на інших ділянках фронту суттєво не змінилася, зазначають у Генштабі.

Загалом, за даними Генштабу, минулої доби відбулося 112 бойових зіткнень, найбільше — на Краматорському та Новопавлівському напрямках.

Фото: Генштаб ЗСУ

Читайте також: ЗСУ звільнили позиції біля Новопавлівки — подробиці від бригади

Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини з фронту.""", "uk", "short")

g("b6-014", "Костянтинополя", "Kostiantynopil", "repelled_attack", "UA", A, "2025-02-24", "day", "relative",
  "Генеральний штаб ЗСУ", "UA", F, F, None,
  "Зокрема, оборонці відбили штурм Костянтинополя, повідомив Генеральний штаб ЗСУ у ранковому зведенні.")
g("b6-014", "Улакли", "Ulakly", "captured", "RU", A, "2025-02-25", "day", "publication",
  "DeepState", "UA", F, F, None,
  "Аналітики DeepState натомість повідомили, що ворог окупував Улакли (рос. Улаклы) та просунувся в напрямку Костянтинополя.")
g("b6-014", "Костянтинополя", "Kostiantynopil", "advancing_toward", "RU", A, "2025-02-25", "day", "publication",
  "DeepState", "UA", F, F, None,
  "Аналітики DeepState натомість повідомили, що ворог окупував Улакли (рос. Улаклы) та просунувся в напрямку Костянтинополя.")
g("b6-014", "Лисівку", "Lysivka", "liberated", "RU", A, "2025-02-25", "day", "publication",
  "Міноборони Росії", "RU", T, F, None,
  "Тим часом Міноборони Росії нібито «звільнило» Лисівку.")
g("b6-014", "Лисівку", "Lysivka", "liberated", "RU", D, "2025-02-25", "day", "publication",
  "Віктор Трегубов", "UA", F, F, None,
  "У Силах оборони ці заяви заперечують: за словами речника ОСУВ «Хортиця» Віктора Трегубова, село залишається під контролем ЗСУ, а противник зазнає значних втрат.")
g("b6-014", "село", "Lysivka", "controls", "UA", A, "2025-02-25", "day", "publication",
  "Віктор Трегубов", "UA", F, F, None,
  "У Силах оборони ці заяви заперечують: за словами речника ОСУВ «Хортиця» Віктора Трегубова, село залишається під контролем ЗСУ, а противник зазнає значних втрат.")

# ---------------------------------------------------------------- b6-015 (uk, long, residents / water, Orikhiv)
art("b6-015", "https://zaporizhzhia-news.example.com.ua/suspilstvo/2025-04-15-orikhiv-voda",
    "Запорізький вісник", "2025-04-15",
    "Вода за розкладом: як Оріхів живе за кілька кілометрів від фронту",
    """Вода за розкладом: як Оріхів живе за кілька кілометрів від фронту

Репортаж | 15 квітня 2025

Фото: волонтери розвантажують питну воду в Оріхові. Автор фото: «Запорізький вісник»

Щовівторка о дев'ятій ранку до укриття біля колишнього ринку в Оріхові під'їжджає вантажівка з водою. Люди чекають її з пластиковими каністрами ще з восьмої. Черга — переважно літні жінки, які не виїхали з міста, попри обстріли та примусову евакуацію родин з дітьми.

Централізованого водопостачання в Оріхові немає з 2022 року. Водогін, що йшов від Кам'янського водосховища, зруйнований, а відновити його неможливо, поки поруч тривають бої.

Ситуація на фронті неподалік залишається напруженою. Речник Сил оборони півдня Владислав Волошин розповів, що в неділю окупанти намагалися штурмувати Кам'янське силами двох штурмових груп, але були змушені відступити з втратами. За його словами, росіяни й досі контролюють південну частину Кам'янського, однак просунутися далі не можуть.

Днями російські пропагандистські ресурси нібито заявили про захоплення Степового — села на північний захід від Оріхова. «Це брехня. Степове під нашим контролем, ворог навіть не зайшов на околиці», — відповів на це Волошин.

За оцінкою військових, ворог прагне вийти до Оріхова з заходу й узяти місто в напівкільце. Якщо це вдасться, під вогнем опиниться остання дорога, якою сюди возять воду й гуманітарну допомогу.

Поки що дорогу тримають. Водій вантажівки Олександр робить два рейси на тиждень із Запоріжжя. «Найнебезпечніші — останні десять кілометрів. Там постійно дрони», — каже він. На кабіні закріплено сітку, яку бійці подарували водієві після того, як дрон влучив у сусідню машину.

Місцеві мешканці пам'ятають і кращі часи. Улітку 2023 року, під час контрнаступу, українські війська звільнили Лобкове на захід від міста, і тоді багатьом здавалося, що фронт відсунеться далеко на південь. «Ми думали, що через місяць поїдемо до родичів у Токмак», — згадує пенсіонерка Ніна Петрівна. Токмак досі в окупації.

Воду з вантажівки перевіряє лабораторія в Запоріжжі, а для технічних потреб люди користуються старими колодязями у дворах. Торік комунальники пробурили нову свердловину біля лікарні, але насос зламався після чергового обстрілу, і запчастин до нього досі немає. Ремонт обіцяють завершити до літа, якщо дозволить безпекова ситуація.

Зараз в Оріхові, за даними міської військової адміністрації, залишаються близько 1 400 мешканців. Працюють аптека, пункт незламності й невеликий магазин, куди продукти привозять волонтери. Школа закрита, діти, які ще лишаються в місті, навчаються онлайн — якщо є зв'язок.

Очільник міської військової адміністрації Олександр Пропастін наголошує, що евакуація триває щодня. «Ми нікого не змушуємо, але щодня пояснюємо людям: безпечніше буде в Запоріжжі», — каже він. За його словами, за останній місяць місто залишили ще понад сто мешканців.

Ніна Петрівна виїжджати не хоче. Вона наповнює дві каністри, ставить їх на візок і повільно йде додому — до будинку, в якому вціліла лише одна кімната. «Тут я народилася, тут і буду», — каже вона.

Читайте також: Росіяни захопили позиції біля Новоандріївки — що відомо

Підтримайте незалежну журналістику: оформіть підписку на «Запорізький вісник».""", "uk", "long")

g("b6-015", "Кам'янське", "Kamianske", "repelled_attack", "UA", A, "2025-04-13", "day", "relative",
  "Владислав Волошин", "UA", F, F, None,
  "Речник Сил оборони півдня Владислав Волошин розповів, що в неділю окупанти намагалися штурмувати Кам'янське силами двох штурмових груп, але були змушені відступити з втратами.")
g("b6-015", "Кам'янського", "Kamianske", "controls", "RU", A, "2025-04-15", "day", "publication",
  "Владислав Волошин", "UA", F, F, "південна частина",
  "За його словами, росіяни й досі контролюють південну частину Кам'янського, однак просунутися далі не можуть.")
g("b6-015", "Степового", "Stepove", "captured", "RU", A, "2025-04", "month", "relative",
  "російські пропагандистські ресурси", "RU", T, F, None,
  "Днями російські пропагандистські ресурси нібито заявили про захоплення Степового — села на північний захід від Оріхова.")
g("b6-015", "Степове", "Stepove", "captured", "RU", D, "2025-04-15", "day", "publication",
  "Владислав Волошин", "UA", F, F, None,
  "«Це брехня. Степове під нашим контролем, ворог навіть не зайшов на околиці», — відповів на це Волошин.")
g("b6-015", "Степове", "Stepove", "controls", "UA", A, "2025-04-15", "day", "publication",
  "Владислав Волошин", "UA", F, F, None,
  "«Це брехня. Степове під нашим контролем, ворог навіть не зайшов на околиці», — відповів на це Волошин.")
g("b6-015", "Степове", "Stepove", "entered", "RU", D, "2025-04-15", "day", "publication",
  "Владислав Волошин", "UA", F, F, "околиці",
  "«Це брехня. Степове під нашим контролем, ворог навіть не зайшов на околиці», — відповів на це Волошин.")
g("b6-015", "Лобкове", "Lobkove", "liberated", "UA", A, "2023", "year", "explicit",
  "outlet", "UA", F, T, None,
  "Улітку 2023 року, під час контрнаступу, українські війська звільнили Лобкове на захід від міста, і тоді багатьом здавалося, що фронт відсунеться далеко на південь.")
g("b6-015", "Токмак", "Tokmak", "controls", "RU", A, "2025-04-15", "day", "publication",
  "outlet", "UA", F, F, None,
  "Токмак досі в окупації.")

# ---------------------------------------------------------------- b6-016 (uk, long, residents, Kherson right bank)
art("b6-016", "https://pivden.example.com.ua/kherson/2024/11/12/antonivka-dva-roky",
    "Південь.Медіа", "2024-11-12",
    "Антонівка: два роки після звільнення, життя під дронами",
    """Антонівка: два роки після звільнення, життя під дронами

12 листопада 2024

Фото: зруйнований будинок культури в Антонівці. Фото: «Південь.Медіа»

Два роки тому, в листопаді 2022-го, українські війська звільнили Антонівку разом з усім правобережжям Херсонщини. Тоді селище зустрічало військових квітами. Сьогодні на головній вулиці майже немає людей: з лівого берега, до якого тут менше кілометра, щодня летять дрони.

«Вони полюють на все, що рухається, — на машини, на велосипеди, навіть на людей із сумками», — розповідає 67-річний Віктор, який ремонтує дах своєї хати вже втретє за рік. Поруч на паркані висить саморобна сітка від FPV-дронів.

Навпроти, за Дніпром, — окуповані Олешки (до 2016 року — Цюрупинськ). Олешки перебувають під контролем росіян з березня 2022 року. Жителі Антонівки кажуть, що в ясну погоду бачать з берега російські позиції. Гола Пристань, нижче за течією, теж досі окупована.

Цього тижня російські воєнні блогери нібито заявили, що їхні підрозділи висадилися в Антонівці й закріпилися на її околиці біля мосту. У Херсонській обласній військовій адміністрації ці повідомлення спростували. «Жодного окупанта на правому березі в Антонівці немає. Антонівка повністю під контролем Сил оборони», — заявив голова ОВА Олександр Прокудін.

За даними Сил оборони півдня, минулої доби російські підрозділи двічі намагалися висадитися на острови в дельті Дніпра, але обидві спроби було зупинено.

Попри обстріли, в селищі залишаються кілька сотень мешканців. Працює одна крамниця, куди товар привозять раз на тиждень, і пункт видачі гуманітарної допомоги. Лікар із Херсона приїздить двічі на місяць.

Місцева вчителька Олена веде уроки онлайн для тих дітей, яких батьки вивезли до Миколаєва та Одеси. «Я кажу їм, що ми обов'язково повернемося до школи. Але школи вже немає — її розбили навесні», — розповідає вона.

Волонтери з Херсона привозять у селище генератори, ліки й теплі речі. Координаторка однієї з груп Ірина каже, що найважче — переконати літніх людей виїхати. «Вони пережили окупацію, пережили звільнення і не хочуть втрачати дім уже зараз, коли, здавалося б, найгірше позаду», — каже вона.

Найбільша проблема взимку — опалення. Газу в селищі немає з літа 2023 року, коли підірвали Каховську ГЕС і вода затопила частину вулиць. Люди топлять печі дровами, які привозять волонтери та обласна адміністрація. Цього року, кажуть у громаді, дров вистачить лише на половину домогосподарств, тож частину мешканців планують тимчасово переселити до Херсона на холодні місяці. Світло в Антонівці є, але його часто вимикають через пошкодження ліній після обстрілів.

Обласна влада оголосила примусову евакуацію з кількох прибережних громад. Але в Антонівці, кажуть жителі, багато хто повертається вже через тиждень-два: жити в чужих містах дорого, а роботи там немає.

Віктор, закінчивши з дахом, сідає на лавку біля хвіртки. «Коли нас звільнили, я думав, що війна для нас закінчилася, — каже він. — А вона просто переїхала на той берег і звідти дивиться».

Читайте також: ЗСУ закріпилися на лівому березі — що відомо про бої біля Корсунки

Підписуйтеся на «Південь.Медіа» в Telegram і Viber.""", "uk", "long")

g("b6-016", "Антонівку", "Antonivka", "liberated", "UA", A, "2022-11", "month", "explicit",
  "outlet", "UA", F, T, None,
  "Два роки тому, в листопаді 2022-го, українські війська звільнили Антонівку разом з усім правобережжям Херсонщини.")
g("b6-016", "Олешки", "Oleshky", "controls", "RU", A, "2022-03", "month", "since",
  "outlet", "UA", F, T, None,
  "Олешки перебувають під контролем росіян з березня 2022 року.")
g("b6-016", "Гола Пристань", "Hola Prystan", "controls", "RU", A, "2024-11-12", "day", "publication",
  "outlet", "UA", F, F, None,
  "Гола Пристань, нижче за течією, теж досі окупована.")
g("b6-016", "Антонівці", "Antonivka", "entered", "RU", A, "2024-11", "month", "relative",
  "російські воєнні блогери", "RU", T, F, "околиця біля мосту",
  "Цього тижня російські воєнні блогери нібито заявили, що їхні підрозділи висадилися в Антонівці й закріпилися на її околиці біля мосту.")
g("b6-016", "Антонівці", "Antonivka", "entered", "RU", D, "2024-11-12", "day", "publication",
  "Олександр Прокудін", "UA", F, F, None,
  "«Жодного окупанта на правому березі в Антонівці немає. Антонівка повністю під контролем Сил оборони», — заявив голова ОВА Олександр Прокудін.")
g("b6-016", "Антонівка", "Antonivka", "controls", "UA", A, "2024-11-12", "day", "publication",
  "Олександр Прокудін", "UA", F, F, None,
  "«Жодного окупанта на правому березі в Антонівці немає. Антонівка повністю під контролем Сил оборони», — заявив голова ОВА Олександр Прокудін.")



def main():
    from buildcheck import build

    build(ARTICLES, GOLD, HERE, prefix="b6", count=16, sudan=SUDAN,
          langs={"en": 10, "ru": 3, "uk": 3}, kinds={"short": 9, "long": 7}, sort_articles=True)


if __name__ == "__main__":
    main()
