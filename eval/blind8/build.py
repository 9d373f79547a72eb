#!/usr/bin/env python3
"""Blind evaluation set b8: 12 news reports (written from general knowledge) and gold
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


# ---------------------------------------------------------------- b8-001
art("b8-001", "https://wire.example.com/world/2024/06/24/russia-netailove", "Example Wire",
    "2024-06-24", "Russia says it took Donetsk village of Netailove; Kyiv says fighting goes on", """
Russia says it took Donetsk village of Netailove; Kyiv says fighting goes on

By Example Wire staff

KYIV, June 24 (Example Wire) - Russia's Defence Ministry said on Monday its troops had captured the village of Netailove, west of the occupied city of Donetsk, crediting units of its Tsentr group of forces. Example Wire could not independently verify the Russian claim.

Ukraine's military rejected the report. "Netailove has not been taken, our units are holding positions on the northern edge," Nazar Voloshyn, a spokesman for the Khortytsia group of forces, told Ukrainian television.

The ministry also said Russian units had beaten back four Ukrainian counterattacks near Umanske and were continuing to push toward Karlivka, a town on a reservoir that supplies water to parts of the region.

Voloshyn said the situation around Umanske remained difficult. Russian assault groups had reached the outskirts of the village on Saturday, he said, and fighting was continuing there.

Moscow has kept up pressure along the whole eastern front since the spring, hoping to exploit delays in Western weapons deliveries. Kyiv says the arrival of new artillery shells has eased shortages in some brigades but not in others.

Related: Ukrainian drones hit oil depot in Russia's Rostov region

Read more: Russian forces capture another village near Kharkiv, ministry says

(Reporting by Example Wire's Kyiv bureau; Writing by a staff editor; Editing by the world desk)
""", "en", "short")

g("b8-001", "Netailove", "Netailove", "captured", "RU", A, "2024-06-24", "day", "relative",
  "Russia's Defence Ministry", "RU", T, F, None,
  "Russia's Defence Ministry said on Monday its troops had captured the village of Netailove, west of the occupied city of Donetsk, crediting units of its Tsentr group of forces.")
g("b8-001", "Netailove", "Netailove", "captured", "RU", D, "2024-06-24", "day", "publication",
  "Nazar Voloshyn", "UA", F, F, None,
  "\"Netailove has not been taken, our units are holding positions on the northern edge,\" Nazar Voloshyn, a spokesman for the Khortytsia group of forces, told Ukrainian television.")
g("b8-001", "Netailove", "Netailove", "controls", "UA", A, "2024-06-24", "day", "publication",
  "Nazar Voloshyn", "UA", F, F, "northern edge",
  "\"Netailove has not been taken, our units are holding positions on the northern edge,\" Nazar Voloshyn, a spokesman for the Khortytsia group of forces, told Ukrainian television.")
g("b8-001", "Umanske", "Umanske", "repelled_attack", "RU", A, "2024-06-24", "day", "publication",
  "Russia's Defence Ministry", "RU", F, F, None,
  "The ministry also said Russian units had beaten back four Ukrainian counterattacks near Umanske and were continuing to push toward Karlivka, a town on a reservoir that supplies water to parts of the region.")
g("b8-001", "Karlivka", "Karlivka", "advancing_toward", "RU", A, "2024-06-24", "day", "publication",
  "Russia's Defence Ministry", "RU", F, F, None,
  "The ministry also said Russian units had beaten back four Ukrainian counterattacks near Umanske and were continuing to push toward Karlivka, a town on a reservoir that supplies water to parts of the region.")
g("b8-001", "the village", "Umanske", "entered", "RU", A, "2024-06-22", "day", "relative",
  "Nazar Voloshyn", "UA", F, F, "outskirts",
  "Russian assault groups had reached the outskirts of the village on Saturday, he said, and fighting was continuing there.")
g("b8-001", "there", "Umanske", "contested", None, A, "2024-06-24", "day", "publication",
  "Nazar Voloshyn", "UA", F, F, None,
  "Russian assault groups had reached the outskirts of the village on Saturday, he said, and fighting was continuing there.")

# ---------------------------------------------------------------- b8-002
art("b8-002", "https://herald.example.org/features/2025/03/18/sumy-border-aid", "The Example Herald",
    "2025-03-18", "On the Sumy border, the bread van still comes", """
On the Sumy border, the bread van still comes

Volunteers drive into villages a few kilometres from Russia where shelling is daily and the shops closed long ago. Residents who stay say they cannot imagine leaving.

Photo: A volunteer unloads bread in Myropillia. Credit: Example Herald

By our correspondent in Sumy oblast

The white van leaves the city of Sumy at seven in the morning, loaded with bread, tinned fish, candles and boxes of medicine. Its driver, a former schoolteacher named Oksana, does not stop at checkpoints for longer than it takes to show her pass. "The road is watched by drones now," she says. "You do not stand still."

Her route runs through Myropillia, a small town that once had a sugar plant, a music school and about three thousand people. Fewer than four hundred remain. The music school has no windows. The head of the local administration, Serhii, counts the households that still ask for deliveries on a sheet of paper taped to his office wall.

Most of those who stay are elderly. Hanna, 81, lives alone in a house with a blue gate and a cellar full of potatoes. Her son calls from Poland every evening. "He wants me to come," she says. "But who will feed the chickens?"

Life here has been shaped by the border for three years. In the spring of 2022 Russian columns drove through the district on their way to Sumy and pulled back within weeks. Last summer the direction of traffic reversed, when Ukrainian brigades crossed into Russia's Kursk region from this part of the frontier.

Since then the pressure has returned. Russian units have been probing the frontier villages for weeks, and on Sunday Russia's Defence Ministry said its forces had taken Novenke, a hamlet east of Myropillia. Ukraine's border guard service said the claim was false and that its troops still hold the village.

Serhii says Novenke was already empty of civilians. "There is nobody left there to evacuate," he says. "The worry is what comes next."

Local officials say Russian sabotage groups have also tried to reach Zhuravka, another border village, but were driven back by border guards last week.

The regional administration has ordered the compulsory evacuation of families with children from eleven settlements along the border. Buses leave from the square in front of the council building twice a week. Few seats are taken.

Aid groups say the hardest part is not the danger on the road but the loneliness of those who stay. A psychologist from a Kharkiv charity now rides along once a fortnight. She sits in kitchens and listens. "People want to be asked how they are," she says. "Not only whether they need flour."

Electricity comes and goes. The transformer that fed half the town was hit in January and has been repaired twice. Generators donated by a German town hum in the school basement, where a nurse sees patients three mornings a week.

At the last stop, Oksana hands a box of insulin to a man who has walked two kilometres from the next village to meet her. He signs for it with a pencil stub. On the way back the van passes a field where a tractor stands burned out, its wheels sunk in the mud. She does not slow down.

Read more: How Ukraine pushed Russian troops out of the Sumy region in 2022

Subscribe to our weekly newsletter from the front line.
""", "en", "long")

g("b8-002", "Novenke", "Novenke", "captured", "RU", A, "2025-03-16", "day", "relative",
  "Russia's Defence Ministry", "RU", F, F, None,
  "Russian units have been probing the frontier villages for weeks, and on Sunday Russia's Defence Ministry said its forces had taken Novenke, a hamlet east of Myropillia.")
g("b8-002", "Novenke", "Novenke", "captured", "RU", D, "2025-03-18", "day", "publication",
  "Ukraine's border guard service", "UA", F, F, None,
  "Ukraine's border guard service said the claim was false and that its troops still hold the village.")
g("b8-002", "the village", "Novenke", "controls", "UA", A, "2025-03-18", "day", "publication",
  "Ukraine's border guard service", "UA", F, F, None,
  "Ukraine's border guard service said the claim was false and that its troops still hold the village.")
g("b8-002", "Zhuravka", "Zhuravka", "repelled_attack", "UA", A, "2025-03", "month", "relative",
  "Local officials", "UA", F, F, None,
  "Local officials say Russian sabotage groups have also tried to reach Zhuravka, another border village, but were driven back by border guards last week.")

# ---------------------------------------------------------------- b8-003 (Sudan)
art("b8-003", "https://nilewire.example.net/sudan/2025/01/20/gezira-tamboul-rufaa", "Example Nile Wire",
    "2025-01-20", "Sudan's army says it retook two Gezira towns; RSF admits pullback from one", """
Sudan's army says it retook two Gezira towns; RSF admits pullback from one

PORT SUDAN, Jan 20 (Example Nile Wire) - Sudan's army said on Monday it had recaptured the towns of Tamboul and Rufaa in Gezira state, extending a push that began after it regained the state capital earlier this month.

Army spokesman Nabil Abdallah said in a statement that troops and allied fighters had "cleansed" Rufaa of Rapid Support Forces (RSF) militiamen on Sunday and entered Tamboul the day before.

The RSF said its fighters had made what it called a tactical withdrawal from Tamboul to spare civilians, but denied that it had lost Rufaa. "Our forces remain in Rufaa and are defending it," an RSF adviser said on Telegram.

Residents reached by phone said soldiers were seen in the main market of Rufaa on Sunday evening, while gunfire could still be heard from the eastern neighbourhoods. Their accounts could not be independently verified.

The army also said it was advancing on Al-Hasaheisa, a larger town on the Blue Nile river that the RSF has held since December 2023.

Caption: Displaced families wait for food at a school in Kassala state. Credit: Example Nile Wire

The war between the army and the RSF, which broke out in April 2023, has killed tens of thousands of people and forced more than 12 million from their homes, according to United Nations figures.

Aid agencies say they fear reprisals against civilians as front lines shift. Local rights groups have accused both sides of killings in towns that changed hands.

Related: RSF says it captured army base in North Kordofan

(Reporting by Example Nile Wire correspondents; Editing by the Africa desk)
""", "en", "short")

g("b8-003", "Tamboul", "Tamboul", "captured", "SAF", A, "2025-01-20", "day", "relative",
  "Sudan's army", "SAF", F, F, None,
  "PORT SUDAN, Jan 20 (Example Nile Wire) - Sudan's army said on Monday it had recaptured the towns of Tamboul and Rufaa in Gezira state, extending a push that began after it regained the state capital earlier this month.")
g("b8-003", "Rufaa", "Rufaa", "captured", "SAF", A, "2025-01-19", "day", "relative",
  "Nabil Abdallah", "SAF", F, F, None,
  "Army spokesman Nabil Abdallah said in a statement that troops and allied fighters had \"cleansed\" Rufaa of Rapid Support Forces (RSF) militiamen on Sunday and entered Tamboul the day before.")
g("b8-003", "Tamboul", "Tamboul", "entered", "SAF", A, "2025-01-18", "day", "relative",
  "Nabil Abdallah", "SAF", F, F, None,
  "Army spokesman Nabil Abdallah said in a statement that troops and allied fighters had \"cleansed\" Rufaa of Rapid Support Forces (RSF) militiamen on Sunday and entered Tamboul the day before.")
g("b8-003", "Tamboul", "Tamboul", "withdrew", "RSF", A, "2025-01-20", "day", "publication",
  "RSF", "RSF", F, F, None,
  "The RSF said its fighters had made what it called a tactical withdrawal from Tamboul to spare civilians, but denied that it had lost Rufaa.")
g("b8-003", "Rufaa", "Rufaa", "lost", "RSF", D, "2025-01-20", "day", "publication",
  "RSF", "RSF", F, F, None,
  "The RSF said its fighters had made what it called a tactical withdrawal from Tamboul to spare civilians, but denied that it had lost Rufaa.")
g("b8-003", "Rufaa", "Rufaa", "controls", "RSF", A, "2025-01-20", "day", "publication",
  "an RSF adviser", "RSF", F, F, None,
  "\"Our forces remain in Rufaa and are defending it,\" an RSF adviser said on Telegram.")
g("b8-003", "Rufaa", "Rufaa", "entered", "SAF", A, "2025-01-19", "day", "relative",
  "Residents", "unknown", T, F, "main market",
  "Residents reached by phone said soldiers were seen in the main market of Rufaa on Sunday evening, while gunfire could still be heard from the eastern neighbourhoods.")
g("b8-003", "Al-Hasaheisa", "Al-Hasaheisa", "advancing_toward", "SAF", A, "2025-01-20", "day", "publication",
  "Sudan's army", "SAF", F, F, None,
  "The army also said it was advancing on Al-Hasaheisa, a larger town on the Blue Nile river that the RSF has held since December 2023.")
g("b8-003", "Al-Hasaheisa", "Al-Hasaheisa", "controls", "RSF", A, "2023-12", "month", "since",
  "outlet", "neutral", F, T, None,
  "The army also said it was advancing on Al-Hasaheisa, a larger town on the Blue Nile river that the RSF has held since December 2023.")

# ---------------------------------------------------------------- b8-004
art("b8-004", "https://analysis.example.com/2024/10/15/oskil-luhansk-border-front", "Example Front Analysis",
    "2024-10-15", "Analysis: Why the fight for small villages on the Luhansk-Kharkiv border matters", """
Analysis: Why the fight for small villages on the Luhansk-Kharkiv border matters

Maps from open-source trackers show slow Russian gains towards the Oskil river. What do they add up to?

Analysis | 9 min read

Few people outside Ukraine have heard of Stelmakhivka, Hrekivka or Novoiehorivka. Each had a few hundred residents before the war. Today they sit on a strip of farmland and tree lines where the borders of the Kharkiv and Luhansk regions meet, and where Russian commanders have spent most of the autumn trying to break through to the Oskil river.

The logic is simple on a map. If Russian units reach the river, the Ukrainian brigades on its eastern bank would have to choose between holding a narrow pocket or withdrawing across it under fire. Russian war correspondents have already started writing about a future "Oskil cauldron". So far that is talk of what might happen; no tracker shows anything like an encirclement.

What has happened is slower. The Washington-based Institute for the Study of War (ISW) assessed in its update on Sunday that geolocated footage showed Russian forces had advanced in western Stelmakhivka. DeepState, the Ukrainian mapping project that is close to the army, marked most of the village as Russian-held on its map the same day but left a sliver of the western edge as contested.

Hrekivka is a different story. Russia's Defence Ministry announced the capture of the village on October 4, but neither ISW nor DeepState has confirmed it. ISW wrote that it had seen no visual evidence of Russian troops in the centre of Hrekivka and assessed that the Russian claim was likely premature. Ukraine's General Staff said on Monday that its troops had repelled eleven attacks near Hrekivka over the previous day.

Further north, pro-Kremlin military bloggers claimed last week that Russian assault groups had broken into Novoiehorivka from the south. One prominent channel, Rybar, later conceded that the groups had pulled back after losing several vehicles. The Ukrainian brigade defending the area published drone video of what it said were burned-out Russian armoured vehicles on the approaches to the village.

Why do these fights drag on? Part of the answer is the terrain. The ground here is open and rolling, with shelter belts of poplar and acacia that both sides use for cover. Small infantry groups move at night; armour is spotted by drones within minutes. A brigade officer told Example Front Analysis that a company can spend a week taking two tree lines and lose them in an afternoon.

Another part is manpower. Ukrainian commanders have complained publicly that reinforcements arrive too slowly and with too little training. Russia has been able to rotate units more often, although at a heavy cost in casualties, according to Western intelligence estimates.

"The Russians are not winning quickly here, but they are not stopping either," said Mykola Bielieskov, an analyst at a Kyiv think tank. "Each village is a few hundred metres. Over months that becomes kilometres."

For residents, there is little to return to. The last civilians left Novoiehorivka in 2023, local officials say. The road in from the west is closed to anyone without a military pass.

Analysts say the winter will slow vehicles but not drones. The question for Kyiv is whether it can hold the villages long enough for fresh brigades to arrive. The question for Moscow is how much more it is prepared to pay for each one.

Related: Russia claims capture of village in Luhansk region as Ukraine reports heavy fighting

Sign up for our Front Lines briefing, delivered every Friday.
""", "en", "long")

g("b8-004", "Stelmakhivka", "Stelmakhivka", "entered", "RU", A, "2024-10-13", "day", "relative",
  "Institute for the Study of War (ISW)", "neutral", F, F, "western Stelmakhivka",
  "The Washington-based Institute for the Study of War (ISW) assessed in its update on Sunday that geolocated footage showed Russian forces had advanced in western Stelmakhivka.")
g("b8-004", "the village", "Stelmakhivka", "controls", "RU", A, "2024-10-13", "day", "relative",
  "DeepState", "UA", F, F, "most of the village",
  "DeepState, the Ukrainian mapping project that is close to the army, marked most of the village as Russian-held on its map the same day but left a sliver of the western edge as contested.")
g("b8-004", "the village", "Stelmakhivka", "contested", None, A, "2024-10-13", "day", "relative",
  "DeepState", "UA", F, F, "western edge",
  "DeepState, the Ukrainian mapping project that is close to the army, marked most of the village as Russian-held on its map the same day but left a sliver of the western edge as contested.")
g("b8-004", "the village", "Hrekivka", "captured", "RU", A, "2024-10-04", "day", "explicit",
  "Russia's Defence Ministry", "RU", F, F, None,
  "Russia's Defence Ministry announced the capture of the village on October 4, but neither ISW nor DeepState has confirmed it.")
g("b8-004", "Hrekivka", "Hrekivka", "captured", "RU", D, "2024-10-15", "day", "publication",
  "ISW", "neutral", T, F, None,
  "ISW wrote that it had seen no visual evidence of Russian troops in the centre of Hrekivka and assessed that the Russian claim was likely premature.")
g("b8-004", "Hrekivka", "Hrekivka", "repelled_attack", "UA", A, "2024-10-13", "day", "relative",
  "Ukraine's General Staff", "UA", F, F, None,
  "Ukraine's General Staff said on Monday that its troops had repelled eleven attacks near Hrekivka over the previous day.")
g("b8-004", "Novoiehorivka", "Novoiehorivka", "entered", "RU", A, "2024-10", "month", "relative",
  "pro-Kremlin military bloggers", "RU", T, F, None,
  "Further north, pro-Kremlin military bloggers claimed last week that Russian assault groups had broken into Novoiehorivka from the south.")
g("b8-004", "Novoiehorivka", "Novoiehorivka", "withdrew", "RU", A, "2024-10", "month", "relative",
  "Rybar", "RU", F, F, None,
  "One prominent channel, Rybar, later conceded that the groups had pulled back after losing several vehicles.")

# ---------------------------------------------------------------- b8-005
art("b8-005", "https://live.example.co.uk/ukraine-war-live-2023-11-16", "Example Live",
    "2023-11-16", "Ukraine war live: marines hold footholds on Dnipro's left bank, says Kyiv", """
Ukraine war live: marines hold footholds on Dnipro's left bank, says Kyiv

Live | Updated 16:42 GMT

Key events
- Ukraine says marines have secured positions on the left bank of the Dnipro
- Moscow-installed official says attacks near Poima repelled
- EU ministers discuss new sanctions package

16:42 GMT
Ukraine's navy spokesman, Dmytro Pletenchuk, said in a television interview this afternoon that marines were holding positions in Pishchanivka on the Russian-occupied left bank of the Dnipro, but he stopped short of saying the village was under Ukrainian control. "We are there, and we are staying there," he said.

15:10 GMT
Russian military bloggers are reporting heavy fighting in Korsunka, a village downstream from the destroyed Kakhovka dam. The channels say Ukrainian boats landed troops there on Tuesday night. We have not been able to confirm these reports.

13:25 GMT
Vladimir Saldo, the Moscow-installed head of the occupied part of Kherson region, wrote on Telegram that Russian troops had repelled an attempted Ukrainian landing near Poima overnight. He said Ukrainian forces "do not control a single settlement" on the left bank.

Ukraine has not commented on Poima.

11:58 GMT
Pletenchuk's comments follow a statement yesterday by the commander of Ukraine's navy, who said marines had pushed three to eight kilometres inland from the river in some places.

10:30 GMT
EU foreign ministers are meeting in Brussels to discuss a twelfth package of sanctions, including an import ban on Russian diamonds.

Photo: A Ukrainian marine on a boat on the Dnipro. Photograph: Example Live

Read more: Russia says it has blocked Ukrainian units on the left bank
""", "en", "short")

g("b8-005", "Pishchanivka", "Pishchanivka", "entered", "UA", A, "2023-11-16", "day", "publication",
  "Dmytro Pletenchuk", "UA", F, F, None,
  "Ukraine's navy spokesman, Dmytro Pletenchuk, said in a television interview this afternoon that marines were holding positions in Pishchanivka on the Russian-occupied left bank of the Dnipro, but he stopped short of saying the village was under Ukrainian control.")
g("b8-005", "Korsunka", "Korsunka", "contested", None, A, "2023-11-16", "day", "publication",
  "Russian military bloggers", "RU", T, F, None,
  "Russian military bloggers are reporting heavy fighting in Korsunka, a village downstream from the destroyed Kakhovka dam.")
g("b8-005", "there", "Korsunka", "entered", "UA", A, "2023-11-14", "day", "relative",
  "Russian military bloggers", "RU", T, F, None,
  "The channels say Ukrainian boats landed troops there on Tuesday night.")
g("b8-005", "Poima", "Poima", "repelled_attack", "RU", A, "2023-11-16", "day", "relative",
  "Vladimir Saldo", "RU", F, F, None,
  "Vladimir Saldo, the Moscow-installed head of the occupied part of Kherson region, wrote on Telegram that Russian troops had repelled an attempted Ukrainian landing near Poima overnight.")

# ---------------------------------------------------------------- b8-006 (undated explainer)
art("b8-006", "https://explainers.example.com/mokri-yaly-valley-villages", "Example Explainers",
    None, "Explainer: The Mokri Yaly valley villages that keep changing hands", """
Explainer: The Mokri Yaly valley villages that keep changing hands

A string of farming villages along a small river in southern Donetsk oblast has been fought over since the first weeks of the full-scale invasion. Here is what is known about who held them, and when.

Where are these villages?

The Mokri Yaly river runs south from the steppe towards the border with Zaporizhzhia oblast. Along its banks lie Storozheve, Blahodatne, Makarivka and, a little to the west, Novodarivka. None had more than a thousand residents before 2022. Ukrainian military reports refer to it as the Shakhtarske direction; Russian reports speak of the South Donetsk direction.

Who controlled them at the start?

Russian troops occupied the villages in March 2022, during their advance from the south. Ukrainian forces dug in a few kilometres to the north, and the front barely moved for more than a year.

What happened in June 2023?

At the start of Ukraine's summer counteroffensive, Deputy Defence Minister Hanna Maliar announced on 11 June 2023 that Ukrainian troops had liberated Blahodatne. Soldiers of the 68th Jaeger Brigade posted a video of themselves raising a flag over a damaged building in the village the same day.

On 12 June 2023 Maliar said Makarivka and Storozheve had also been recaptured, and Ukrainian officials said Novodarivka in Zaporizhzhia oblast had been freed the same week.

Did Russia dispute this?

At first, yes. Russia's Defence Ministry said on 12 June 2023 that Ukrainian assaults near Makarivka had been repelled and did not acknowledge any loss. Several Russian military bloggers, however, wrote the same day that Russian units had pulled out of Makarivka to avoid being cut off. Within a week even official Russian outlets had stopped disputing the Ukrainian gains.

How far did the counteroffensive get?

Not far. By late summer 2023 Ukrainian units had pushed a few kilometres further south, to the edge of the Russian defensive lines, and stalled there. Ukrainian commanders later said mines, drones and attack helicopters had made every metre costly.

And since then?

The direction of the fighting reversed in 2024. Russia's Defence Ministry claimed on 9 December 2024 that its forces had taken Blahodatne, a claim Ukraine's General Staff rejected at the time. In January 2025 the Ukrainian military said it was fighting Russian units on the outskirts of Storozheve.

Russian bloggers reported in early 2025 that Makarivka had been surrounded, but Ukrainian officials said supply routes to the village remained open.

What about the people who lived there?

Most residents left during the 2022 occupation or the 2023 fighting. Volunteers who delivered food to the few remaining pensioners say the villages have almost no intact houses. Wells were poisoned by fuel and the school in Blahodatne burned down.

Why does any of this matter?

The villages sit on the roads that link the southern front with the Donetsk sector. Whoever holds them can threaten the supply routes of the other side. That is why both armies keep sending troops into ground that is almost empty of people.

Note: the dates given are those of official announcements. This explainer is updated when the situation changes.

Related explainers: How Russia took the Donetsk steppe villages; What is a "grey zone"?
""", "en", "long")

g("b8-006", "the villages", "Storozheve", "controls", "RU", A, "2022-03", "month", "since",
  "outlet", "neutral", F, T, None,
  "Russian troops occupied the villages in March 2022, during their advance from the south.")
g("b8-006", "the villages", "Blahodatne", "controls", "RU", A, "2022-03", "month", "since",
  "outlet", "neutral", F, T, None,
  "Russian troops occupied the villages in March 2022, during their advance from the south.")
g("b8-006", "the villages", "Makarivka", "controls", "RU", A, "2022-03", "month", "since",
  "outlet", "neutral", F, T, None,
  "Russian troops occupied the villages in March 2022, during their advance from the south.")
g("b8-006", "the villages", "Novodarivka", "controls", "RU", A, "2022-03", "month", "since",
  "outlet", "neutral", F, T, None,
  "Russian troops occupied the villages in March 2022, during their advance from the south.")
g("b8-006", "Blahodatne", "Blahodatne", "liberated", "UA", A, "2023-06-11", "day", "explicit",
  "Hanna Maliar", "UA", F, F, None,
  "At the start of Ukraine's summer counteroffensive, Deputy Defence Minister Hanna Maliar announced on 11 June 2023 that Ukrainian troops had liberated Blahodatne.")
g("b8-006", "the village", "Blahodatne", "entered", "UA", A, "2023-06-11", "day", "explicit",
  "Soldiers of the 68th Jaeger Brigade", "UA", F, F, None,
  "Soldiers of the 68th Jaeger Brigade posted a video of themselves raising a flag over a damaged building in the village the same day.")
g("b8-006", "Makarivka", "Makarivka", "captured", "UA", A, "2023-06-12", "day", "explicit",
  "Hanna Maliar", "UA", F, F, None,
  "On 12 June 2023 Maliar said Makarivka and Storozheve had also been recaptured, and Ukrainian officials said Novodarivka in Zaporizhzhia oblast had been freed the same week.")
g("b8-006", "Storozheve", "Storozheve", "captured", "UA", A, "2023-06-12", "day", "explicit",
  "Hanna Maliar", "UA", F, F, None,
  "On 12 June 2023 Maliar said Makarivka and Storozheve had also been recaptured, and Ukrainian officials said Novodarivka in Zaporizhzhia oblast had been freed the same week.")
g("b8-006", "Novodarivka", "Novodarivka", "liberated", "UA", A, "2023-06", "month", "explicit",
  "Ukrainian officials", "UA", F, F, None,
  "On 12 June 2023 Maliar said Makarivka and Storozheve had also been recaptured, and Ukrainian officials said Novodarivka in Zaporizhzhia oblast had been freed the same week.")
g("b8-006", "Makarivka", "Makarivka", "repelled_attack", "RU", A, "2023-06-12", "day", "explicit",
  "Russia's Defence Ministry", "RU", F, F, None,
  "Russia's Defence Ministry said on 12 June 2023 that Ukrainian assaults near Makarivka had been repelled and did not acknowledge any loss.")
g("b8-006", "Makarivka", "Makarivka", "withdrew", "RU", A, "2023-06-12", "day", "explicit",
  "Several Russian military bloggers", "RU", F, F, None,
  "Several Russian military bloggers, however, wrote the same day that Russian units had pulled out of Makarivka to avoid being cut off.")
g("b8-006", "Blahodatne", "Blahodatne", "captured", "RU", A, "2024-12-09", "day", "explicit",
  "Russia's Defence Ministry", "RU", T, F, None,
  "Russia's Defence Ministry claimed on 9 December 2024 that its forces had taken Blahodatne, a claim Ukraine's General Staff rejected at the time.")
g("b8-006", "Blahodatne", "Blahodatne", "captured", "RU", D, "2024-12-09", "day", "explicit",
  "Ukraine's General Staff", "UA", F, F, None,
  "Russia's Defence Ministry claimed on 9 December 2024 that its forces had taken Blahodatne, a claim Ukraine's General Staff rejected at the time.")
g("b8-006", "Storozheve", "Storozheve", "contested", None, A, "2025-01", "month", "explicit",
  "the Ukrainian military", "UA", F, F, "outskirts",
  "In January 2025 the Ukrainian military said it was fighting Russian units on the outskirts of Storozheve.")
g("b8-006", "Makarivka", "Makarivka", "encircled/blockaded", "RU", A, "2025", "year", "explicit",
  "Russian bloggers", "RU", F, F, None,
  "Russian bloggers reported in early 2025 that Makarivka had been surrounded, but Ukrainian officials said supply routes to the village remained open.")
g("b8-006", "Makarivka", "Makarivka", "encircled/blockaded", "RU", D, "2025", "year", "explicit",
  "Ukrainian officials", "UA", F, F, None,
  "Russian bloggers reported in early 2025 that Makarivka had been surrounded, but Ukrainian officials said supply routes to the village remained open.")

# ---------------------------------------------------------------- b8-007
art("b8-007", "https://agency.example.ru/armiya/2025-06-28/malinovka", "Агентство Пример",
    "2025-06-28", "Минобороны: российские войска освободили Малиновку в Запорожской области", """
Минобороны: российские войска освободили Малиновку в Запорожской области

МОСКВА, 28 июня. /Агентство Пример/. Подразделения группировки войск «Восток» освободили населенный пункт Малиновка в Запорожской области, сообщили в субботу в Министерстве обороны РФ.

«В результате активных и решительных действий подразделения группировки войск "Восток" освободили населенный пункт Малиновка Запорожской области», — говорится в сообщении ведомства.

Как уточнили в министерстве, за сутки на запорожском направлении противник потерял до 180 военнослужащих, два танка и восемь автомобилей.

Глава движения «Мы вместе с Россией» Владимир Рогов сообщил в своем Telegram-канале, что штурмовые подразделения ВС РФ продолжают продвижение в сторону Зализничного. По его словам, накануне ВСУ попытались контратаковать у Малиновки, однако атака была отбита.

Рогов также заявил, что в селе Зализничное идут бои, а часть улиц на его восточной окраине уже находится под контролем российских бойцов. Эти данные пока не подтверждены в Минобороны.

Украинская сторона в пятницу заявляла, что Малиновка остается под контролем Сил обороны. Киев новое заявление российского ведомства пока не комментировал.

По словам Рогова, освобождение всей Запорожской области остается задачей специальной военной операции, а следующей целью наступления станут соседние села.

Фото: Минобороны РФ

Читайте также: ВС РФ освободили еще одно село в ДНР

Подписывайтесь на «Агентство Пример» в Telegram и «Дзене», чтобы первыми узнавать главные новости.
""", "ru", "short")

g("b8-007", "Малиновка", "Malynivka", "liberated", "RU", A, "2025-06-28", "day", "relative",
  "Министерство обороны РФ", "RU", F, F, None,
  "Подразделения группировки войск «Восток» освободили населенный пункт Малиновка в Запорожской области, сообщили в субботу в Министерстве обороны РФ.")
g("b8-007", "Зализничного", "Zaliznychne", "advancing_toward", "RU", A, "2025-06-28", "day", "publication",
  "Владимир Рогов", "RU", F, F, None,
  "Глава движения «Мы вместе с Россией» Владимир Рогов сообщил в своем Telegram-канале, что штурмовые подразделения ВС РФ продолжают продвижение в сторону Зализничного.")
g("b8-007", "Малиновки", "Malynivka", "repelled_attack", "RU", A, "2025-06-27", "day", "relative",
  "Владимир Рогов", "RU", F, F, None,
  "По его словам, накануне ВСУ попытались контратаковать у Малиновки, однако атака была отбита.")
g("b8-007", "Зализничное", "Zaliznychne", "contested", None, A, "2025-06-28", "day", "publication",
  "Владимир Рогов", "RU", T, F, None,
  "Рогов также заявил, что в селе Зализничное идут бои, а часть улиц на его восточной окраине уже находится под контролем российских бойцов.")
g("b8-007", "Зализничное", "Zaliznychne", "controls", "RU", A, "2025-06-28", "day", "publication",
  "Владимир Рогов", "RU", T, F, "часть улиц на восточной окраине",
  "Рогов также заявил, что в селе Зализничное идут бои, а часть улиц на его восточной окраине уже находится под контролем российских бойцов.")
g("b8-007", "Малиновка", "Malynivka", "controls", "UA", A, "2025-06-27", "day", "relative",
  "Украинская сторона", "UA", F, F, None,
  "Украинская сторона в пятницу заявляла, что Малиновка остается под контролем Сил обороны.")

# ---------------------------------------------------------------- b8-008
art("b8-008", "https://kursk.example.ru/obshchestvo/2025/04/05/vozvrashchenie", "Пример-Курск",
    "2025-04-05", "«Дом стоит, крыши нет»: как жители приграничья возвращаются в освобожденные села", """
«Дом стоит, крыши нет»: как жители приграничья возвращаются в освобожденные села

Корреспондент «Пример-Курска» побывал в селах Суджанского района, куда после восьми месяцев боев начали пускать жителей.

Фото: улица в Махновке. Автор: Пример-Курск

Нина Петровна Гладких стоит у калитки и долго не решается войти во двор. Ворота на месте, забор на месте, а от крыши остались только стропила. «Дом стоит, крыши нет», — говорит она и наконец толкает калитку. В сарае всё перевернуто, в погребе пусто.

Махновку, где она прожила сорок лет, Минобороны России объявило освобожденной в середине марта. Саперы работали здесь две недели, прежде чем жителям разрешили приехать хотя бы на несколько часов. Ночевать пока нельзя: нет света, нет воды, а обочины еще не проверены.

В соседней Любимовке картина похожая. Село с августа прошлого года находилось под контролем ВСУ, и почти все жители успели уехать в первые дни. Те, кто остался, рассказывают, что жили в подвалах и питались тем, что находили в брошенных магазинах. Российские военные, по данным ведомства, вернули контроль над Любимовкой в начале марта.

Пенсионер Виктор, который провел всю зиму в Кремяном, говорит, что украинские военные покинули село в начале марта, за несколько дней до того, как туда вошли российские штурмовые группы. Проверить его слова нам не удалось.

Глава района рассказал, что в администрацию уже поступило больше двух тысяч заявлений о компенсации за разрушенное жилье. Оценивать ущерб начнут после разминирования, а это, по его словам, может занять годы. Школа в Махновке сгорела, медпункт уцелел, но в нем нет ни окон, ни оборудования.

Губернатор Курской области Александр Хинштейн на встрече с жителями в Курске заявил, что бои у приграничного села Горнал продолжаются и возвращаться в ближайшие к нему населенные пункты пока нельзя. По его словам, после полного освобождения области власти обещают восстановить дороги и линии электропередачи в течение года.

В Киеве тем временем настаивают, что вывод украинских подразделений из Курской области был плановым. Главком ВСУ Александр Сырский ранее заявлял, что операция выполнила свои задачи.

В районной больнице, которая переехала в соседний город, говорят, что многие пожилые пациенты поступают с обострением хронических болезней: всю осень и зиму они не могли получить лекарства. Врачи ездят в села по графику, но на всех не хватает машин. Отдельная проблема — документы: у многих паспорта и свидетельства о собственности остались в брошенных домах, и восстанавливать их приходится через МФЦ в Курске.

Многие жители пока живут в пунктах временного размещения в Курске и Железногорске. Кто-то снимает квартиры у родственников, кто-то уже решил не возвращаться. «Молодые не поедут, — говорит Нина Петровна. — А нам куда? Мы здесь родились».

Волонтеры из Курска привозят в села генераторы, стройматериалы и воду. Пятничный грузовик ждут у бывшего магазина: люди выносят пакеты, обсуждают, у кого уцелели окна, кто уже нашел кота. Кто-то показывает на телефоне фото дома до войны.

Перед отъездом Нина Петровна закрывает калитку на проволоку. «Приеду через неделю, — говорит она. — Крышу сама не поставлю, но хоть окна затяну пленкой».

Читайте также: Хинштейн: выплаты жителям приграничья продлят до конца года

Подписывайтесь на «Пример-Курск» во «ВКонтакте» и Telegram.
""", "ru", "long")

g("b8-008", "Махновку", "Makhnovka", "liberated", "RU", A, "2025-03", "month", "relative",
  "Минобороны России", "RU", F, F, None,
  "Махновку, где она прожила сорок лет, Минобороны России объявило освобожденной в середине марта.")
g("b8-008", "Село", "Lyubimovka", "controls", "UA", A, "2024-08", "month", "since",
  "outlet", "RU", F, T, None,
  "Село с августа прошлого года находилось под контролем ВСУ, и почти все жители успели уехать в первые дни.")
g("b8-008", "Любимовкой", "Lyubimovka", "captured", "RU", A, "2025-03", "month", "relative",
  "Минобороны России", "RU", F, F, None,
  "Российские военные, по данным ведомства, вернули контроль над Любимовкой в начале марта.")
g("b8-008", "Кремяном", "Kremyanoye", "withdrew", "UA", A, "2025-03", "month", "relative",
  "Пенсионер Виктор", "unknown", T, F, None,
  "Пенсионер Виктор, который провел всю зиму в Кремяном, говорит, что украинские военные покинули село в начале марта, за несколько дней до того, как туда вошли российские штурмовые группы.")
g("b8-008", "туда", "Kremyanoye", "entered", "RU", A, "2025-03", "month", "relative",
  "Пенсионер Виктор", "unknown", T, F, None,
  "Пенсионер Виктор, который провел всю зиму в Кремяном, говорит, что украинские военные покинули село в начале марта, за несколько дней до того, как туда вошли российские штурмовые группы.")
g("b8-008", "Горнал", "Gornal", "contested", None, A, "2025-04-05", "day", "publication",
  "Александр Хинштейн", "RU", F, F, None,
  "Губернатор Курской области Александр Хинштейн на встрече с жителями в Курске заявил, что бои у приграничного села Горнал продолжаются и возвращаться в ближайшие к нему населенные пункты пока нельзя.")

# ---------------------------------------------------------------- b8-009
art("b8-009", "https://pryklad.example.com.ua/news/2025/03/21/basivka", "Приклад.UA",
    "2025-03-21", "Росіяни заявили про захоплення Басівки на Сумщині: у ЦПД це спростовують", """
Росіяни заявили про захоплення Басівки на Сумщині: у ЦПД це спростовують

21 березня 2025, 10:15

Міністерство оборони Росії в четвер заявило, що його війська нібито «звільнили» село Басівка Сумської області, розташоване за кілька кілометрів від кордону.

У Центрі протидії дезінформації при РНБО назвали цю заяву черговою маніпуляцією. «Басівка перебуває під контролем Сил оборони України, ворог зазнає втрат на підступах до села», — йдеться в повідомленні ЦПД.

Водночас аналітики моніторингового проєкту DeepState повідомили, що окупантам вдалося закріпитися на північній околиці Басівки, однак про захоплення села не йдеться.

Речник Державної прикордонної служби Андрій Демченко додав, що за минулу добу прикордонники відбили дві спроби російських диверсійних груп зайти в Локню.

За його словами, противник прагне створити так звану «буферну зону» вздовж кордону Сумщини, але великих сил для наступу на цьому відтинку не має. Демченко закликав жителів прикордонних громад не повертатися додому без потреби.

Нагадаємо, восени 2024 року Сили оборони відкинули російські підрозділи від околиць кількох прикордонних сіл, а частину населення області евакуювали.

Фото: прикордонники на Сумщині. Джерело: ДПСУ

Читайте також: ЗСУ звільнили село на Донеччині — Генштаб

Читайте також: Окупанти просунулися на Донеччині, — DeepState

Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися важливі новини.
""", "uk", "short")

g("b8-009", "Басівка", "Basivka", "captured", "RU", A, "2025-03-20", "day", "relative",
  "Міністерство оборони Росії", "RU", T, F, None,
  "Міністерство оборони Росії в четвер заявило, що його війська нібито «звільнили» село Басівка Сумської області, розташоване за кілька кілометрів від кордону.")
g("b8-009", "Басівка", "Basivka", "captured", "RU", D, "2025-03-21", "day", "publication",
  "Центр протидії дезінформації при РНБО", "UA", F, F, None,
  "У Центрі протидії дезінформації при РНБО назвали цю заяву черговою маніпуляцією.")
g("b8-009", "Басівка", "Basivka", "controls", "UA", A, "2025-03-21", "day", "publication",
  "Центр протидії дезінформації при РНБО", "UA", F, F, None,
  "«Басівка перебуває під контролем Сил оборони України, ворог зазнає втрат на підступах до села», — йдеться в повідомленні ЦПД.")
g("b8-009", "Басівки", "Basivka", "entered", "RU", A, "2025-03-21", "day", "publication",
  "DeepState", "UA", F, F, "північна околиця",
  "Водночас аналітики моніторингового проєкту DeepState повідомили, що окупантам вдалося закріпитися на північній околиці Басівки, однак про захоплення села не йдеться.")
g("b8-009", "села", "Basivka", "captured", "RU", D, "2025-03-21", "day", "publication",
  "DeepState", "UA", F, F, None,
  "Водночас аналітики моніторингового проєкту DeepState повідомили, що окупантам вдалося закріпитися на північній околиці Басівки, однак про захоплення села не йдеться.")
g("b8-009", "Локню", "Loknia", "repelled_attack", "UA", A, "2025-03-20", "day", "relative",
  "Андрій Демченко", "UA", F, F, None,
  "Речник Державної прикордонної служби Андрій Демченко додав, що за минулу добу прикордонники відбили дві спроби російських диверсійних груп зайти в Локню.")

# ---------------------------------------------------------------- b8-011
art("b8-011", "https://kharkiv.example.com.ua/2025/05/14/kamianka-syniehubov", "Харків Приклад",
    "2025-05-14", "Синєгубов: окупанти зачепилися біля Кам'янки, але села не контролюють", """
Синєгубов: окупанти зачепилися біля Кам'янки, але села не контролюють

Новини Харківщини | 14 травня 2025

Ворог утримує позиції на південній околиці Кам'янки Куп'янського району, однак заяви росіян про повне захоплення села не відповідають дійсності. Про це в середу в ефірі телемарафону заявив начальник Харківської обласної військової адміністрації Олег Синєгубов.

Міноборони РФ ще минулого тижня оголосило про «звільнення» Каменки, як росіяни називають це село на лівому березі Осколу.

За словами Синєгубова, минулої доби Сили оборони також відбили штурм у районі Ветеринарного, неподалік від державного кордону. Ситуацію на півночі області він назвав складною, але контрольованою.

Речник угруповання військ, який побажав не називати свого імені, розповів, що російські командири мають наказ вийти до Осколу до кінця місяця. «Вони кидають у бій усе, що мають, але наші бригади тримаються», — сказав він.

Кам'янка була окупована з перших днів повномасштабного вторгнення і перебувала під контролем росіян до вересня 2022 року, коли її звільнили під час Харківського контрнаступу. Відтоді в селі майже не залишилося мешканців.

Обласна влада продовжує примусову евакуацію родин із дітьми з прифронтових громад Куп'янського району.

Фото: зруйнована будівля в Кам'янці. Фото: ХОВА

Читайте також: Росіяни вдруге за тиждень атакували Харків КАБами

Підтримайте незалежну журналістику — оформіть підписку.
""", "uk", "short")

g("b8-011", "Кам'янки", "Kamianka", "entered", "RU", A, "2025-05-14", "day", "publication",
  "Олег Синєгубов", "UA", F, F, "південна околиця",
  "Ворог утримує позиції на південній околиці Кам'янки Куп'янського району, однак заяви росіян про повне захоплення села не відповідають дійсності.")
g("b8-011", "села", "Kamianka", "captured", "RU", D, "2025-05-14", "day", "publication",
  "Олег Синєгубов", "UA", F, F, None,
  "Ворог утримує позиції на південній околиці Кам'янки Куп'янського району, однак заяви росіян про повне захоплення села не відповідають дійсності.")
g("b8-011", "Каменки", "Kamianka", "liberated", "RU", A, "2025-05", "month", "relative",
  "Міноборони РФ", "RU", F, F, None,
  "Міноборони РФ ще минулого тижня оголосило про «звільнення» Каменки, як росіяни називають це село на лівому березі Осколу.")
g("b8-011", "Ветеринарного", "Veterynarne", "repelled_attack", "UA", A, "2025-05-13", "day", "relative",
  "Олег Синєгубов", "UA", F, F, None,
  "За словами Синєгубова, минулої доби Сили оборони також відбили штурм у районі Ветеринарного, неподалік від державного кордону.")
g("b8-011", "Кам'янка", "Kamianka", "controls", "RU", A, "2022-02", "month", "since",
  "outlet", "UA", F, T, None,
  "Кам'янка була окупована з перших днів повномасштабного вторгнення і перебувала під контролем росіян до вересня 2022 року, коли її звільнили під час Харківського контрнаступу.")
g("b8-011", "Кам'янка", "Kamianka", "liberated", "UA", A, "2022-09", "month", "explicit",
  "outlet", "UA", F, T, None,
  "Кам'янка була окупована з перших днів повномасштабного вторгнення і перебувала під контролем росіян до вересня 2022 року, коли її звільнили під час Харківського контрнаступу.")

# ---------------------------------------------------------------- b8-012
art("b8-012", "https://primer.example.media/2025/03/27/pleshcheevka", "Пример.Медиа",
    "2025-03-27", "Военкоры заявили о захвате Плещеевки. Что об этом известно", """
Военкоры заявили о захвате Плещеевки. Что об этом известно

Коротко | 27 марта 2025

Что произошло
Провоенные российские телеграм-каналы в среду сообщили, что российские войска якобы полностью заняли село Плещеевка (укр. Плещіївка) в Донецкой области. Канал «Два майора» написал, что над центром села поднят российский флаг.

Что говорит Минобороны России
Ничего. Официально о взятии села ведомство не объявляло. В сводке за среду Плещеевка не упоминается.

Что говорит украинская сторона
Представитель 24-й бригады ВСУ заявил «Суспильному», что сообщения о потере Плещеевки — фейк, а бойцы бригады удерживают северную часть села.

Что показывают карты
Украинский проект DeepState по состоянию на четверг отмечает Плещеевку как «серую зону», а российское присутствие фиксирует только на южной окраине. Соседнее Предтечино, по данным DeepState, остается под контролем украинских сил.

А что со Ступочками?
Ступочки украинские подразделения оставили еще в феврале, утверждают военкоры. Украинская сторона этого не подтверждала.

Почему это важно
Эти села прикрывают подходы к крупному городу с юго-востока. Если российским войскам удастся выйти к трассе, снабжение украинских позиций в районе серьезно осложнится, считают военные эксперты.

Фото: разрушенный дом в Донецкой области. Источник: соцсети

Подписывайтесь на «Пример.Медиа» в Telegram — это бесплатно.
""", "ru", "short")

g("b8-012", "Плещеевка", "Pleshchiivka", "captured", "RU", A, "2025-03-26", "day", "relative",
  "Провоенные российские телеграм-каналы", "RU", T, F, None,
  "Провоенные российские телеграм-каналы в среду сообщили, что российские войска якобы полностью заняли село Плещеевка (укр. Плещіївка) в Донецкой области.")
g("b8-012", "села", "Pleshchiivka", "entered", "RU", A, "2025-03-26", "day", "relative",
  "«Два майора»", "RU", F, F, "центр села",
  "Канал «Два майора» написал, что над центром села поднят российский флаг.")
g("b8-012", "Плещеевки", "Pleshchiivka", "lost", "UA", D, "2025-03-27", "day", "publication",
  "Представитель 24-й бригады ВСУ", "UA", F, F, None,
  "Представитель 24-й бригады ВСУ заявил «Суспильному», что сообщения о потере Плещеевки — фейк, а бойцы бригады удерживают северную часть села.")
g("b8-012", "села", "Pleshchiivka", "controls", "UA", A, "2025-03-27", "day", "publication",
  "Представитель 24-й бригады ВСУ", "UA", F, F, "северная часть",
  "Представитель 24-й бригады ВСУ заявил «Суспильному», что сообщения о потере Плещеевки — фейк, а бойцы бригады удерживают северную часть села.")
g("b8-012", "Плещеевку", "Pleshchiivka", "contested", None, A, "2025-03-27", "day", "relative",
  "DeepState", "UA", F, F, None,
  "Украинский проект DeepState по состоянию на четверг отмечает Плещеевку как «серую зону», а российское присутствие фиксирует только на южной окраине.")
g("b8-012", "Плещеевку", "Pleshchiivka", "entered", "RU", A, "2025-03-27", "day", "relative",
  "DeepState", "UA", F, F, "южная окраина",
  "Украинский проект DeepState по состоянию на четверг отмечает Плещеевку как «серую зону», а российское присутствие фиксирует только на южной окраине.")
g("b8-012", "Предтечино", "Predtechyne", "controls", "UA", A, "2025-03-27", "day", "relative",
  "DeepState", "UA", F, F, None,
  "Соседнее Предтечино, по данным DeepState, остается под контролем украинских сил.")
g("b8-012", "Ступочки", "Stupochky", "withdrew", "UA", A, "2025-02", "month", "relative",
  "военкоры", "RU", T, F, None,
  "Ступочки украинские подразделения оставили еще в феврале, утверждают военкоры.")

# ---------------------------------------------------------------- b8-010
art("b8-010", "https://pryklad.example.com.ua/regions/2025/07/24/mezhova-evacuation", "Приклад.UA",
    "2025-07-24", "Без світла і з вибухами за обрієм: як живе Межівська громада на Дніпропетровщині", """
Без світла і з вибухами за обрієм: як живе Межівська громада на Дніпропетровщині

Репортаж | 24 липня 2025

Ще рік тому Межова була тиловим селищем, куди приїжджали переселенці з Донеччини. Тепер фронт підійшов так близько, що вибухи чути щоночі, а в місцевій лікарні працює лише одне відділення.

Фото: черга біля пункту видачі води в Межовій. Фото: Приклад.UA

Валентина Іванівна тримає в руках дві п'ятилітрові пляшки і чекає, поки волонтери наповнять наступні. Водогін не працює з того дня, як дрон влучив у насосну станцію. «Ми звикли до тривог, — каже вона. — Але без води звикнути неможливо».

Світло в громаді дають кілька годин на добу. Енергетики ремонтують лінії під обстрілами; минулого тижня двоє працівників обленерго отримали поранення, коли їхня машина наїхала на міну. Генератори стоять біля кожного магазину, а пальне подорожчало вдвічі.

Межівський селищний голова Василь Ковальчук розповідає, що з початку літа громаду залишили майже чотири тисячі людей. Евакуаційні автобуси відходять від будинку культури щодня о дев'ятій ранку. «Хто міг — поїхав. Лишаються старі й ті, кому нікуди їхати», — говорить він.

За словами Ковальчука, ситуація біля сусідніх сіл різко погіршилася. Він розповів, що російські піхотинці вже з'являлися в Терновому, де до війни жило кілька сотень людей, хоча закріпитися там їм поки не вдалося.

У вівторок Міністерство оборони Росії оголосило, що його війська захопили Запорізьке — село на межі Донецької та Дніпропетровської областей. Речник угруповання військ «Хортиця» Віктор Трегубов спростував цю заяву. «Запорізьке не захоплене, там тривають бої», — сказав він у коментарі нашому виданню.

Ковальчук не виключає, що громаді доведеться оголосити примусову евакуацію. «Якщо ворог вийде до Великомихайлівки, ми залишимося без основної дороги на Дніпро», — каже він. Поки що рішення не ухвалене.

У місцевій школі, яка не працює з 2022 року, облаштували пункт незламності. Там можна зарядити телефон, випити чаю і поговорити з психологом. Психологиня Олена приїжджає з Дніпра двічі на тиждень. «Найважче людям, які вже раз тікали — з Донеччини сюди, — каже вона. — Тепер війна наздогнала їх удруге».

Лікарня працює в режимі приймального відділення: важких пацієнтів одразу везуть до Павлограда або Дніпра. Головна лікарка розповідає, що з восьми лікарів у селищі залишилися троє, а медсестри чергують по дві доби поспіль. Ліки привозять благодійні фонди, але інсуліну й серцевих препаратів постійно бракує. Аптека відчиняється лише тоді, коли є світло.

На ринку продавці торгують просто з багажників. Хліб привозять з Павлограда, молоко — з сусідніх сіл, поки туди ще можна доїхати. Пенсіонерка Надія показує на небо: «Дрони літають, як мухи. Але город не покинеш».

Під вечір біля будинку культури збирається черга. Люди записуються на евакуацію, хтось вагається, хтось сперечається з дітьми по телефону. Ковальчук обходить двір і вітається з кожним на ім'я. «Я не маю права їх умовляти, — каже він. — Можу тільки пояснити, що буде, якщо залишаться».

Читайте також: ЗСУ відбили атаки на Донеччині, — Генштаб

Підписуйтесь на «Приклад.UA» у Telegram та Viber.
""", "uk", "long")

g("b8-010", "Терновому", "Ternove", "entered", "RU", A, "2025-07-24", "day", "publication",
  "Василь Ковальчук", "UA", F, F, None,
  "Він розповів, що російські піхотинці вже з'являлися в Терновому, де до війни жило кілька сотень людей, хоча закріпитися там їм поки не вдалося.")
g("b8-010", "Запорізьке", "Zaporizke", "captured", "RU", A, "2025-07-22", "day", "relative",
  "Міністерство оборони Росії", "RU", F, F, None,
  "У вівторок Міністерство оборони Росії оголосило, що його війська захопили Запорізьке — село на межі Донецької та Дніпропетровської областей.")
g("b8-010", "Запорізьке", "Zaporizke", "captured", "RU", D, "2025-07-24", "day", "publication",
  "Віктор Трегубов", "UA", F, F, None,
  "«Запорізьке не захоплене, там тривають бої», — сказав він у коментарі нашому виданню.")
g("b8-010", "там", "Zaporizke", "contested", None, A, "2025-07-24", "day", "publication",
  "Віктор Трегубов", "UA", F, F, None,
  "«Запорізьке не захоплене, там тривають бої», — сказав він у коментарі нашому виданню.")


ARTICLES.sort(key=lambda a: a["id"])



def main():
    from buildcheck import build

    build(ARTICLES, GOLD, HERE, prefix="b8", count=12, sudan=("b8-003",),
          langs={"en": 6, "ru": 3, "uk": 3}, kinds={"short": 7, "long": 5})


if __name__ == "__main__":
    main()
