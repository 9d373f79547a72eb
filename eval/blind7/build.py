#!/usr/bin/env python3
"""Blind evaluation set b7: 14 news reports (written from general knowledge) and gold
annotations of their territorial-control claims, following the guideline in
/work/shared/eval/dev/README.md.  Run: python3 build.py  (writes articles.jsonl,
gold.jsonl and the counts section of README.md, and checks everything)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from buildcheck import collector  # noqa: E402

ARTICLES, art, GOLD, g = collector()

art("b7-001", "https://wire.example.com/world/europe/russia-says-it-captured-tonenke-2024-03-02/",
    "Example Wire", "2024-03-02",
    "Russia says it captured Ukrainian village of Tonenke; Kyiv disputes claim", """
Russia says it captured Ukrainian village of Tonenke; Kyiv disputes claim

By Example Wire staff

KYIV, March 2 (Example Wire) - Russia's Defence Ministry said on Saturday its forces had taken full control of the village of Tonenke in Ukraine's Donetsk region, pressing an advance west of the city of Donetsk after weeks of heavy fighting.

“Units of the Centre group of forces have liberated the settlement of Tonenke and improved the tactical situation,” the ministry said in its daily briefing, without giving details.

Ukraine's military rejected the claim. Dmytro Lykhovii, a spokesman for Ukraine's Tavria group of forces, told national television that Ukrainian troops were still holding positions on the western edge of the village and that fighting there had not stopped.

Example Wire could not independently verify either side's account.

Lykhovii said Ukrainian forces had repelled 14 Russian attacks near Orlivka and Semenivka over the past day, and that the area was under constant drone and artillery fire.

A day earlier, Russian military bloggers claimed that assault units had broken into Berdychi, a village north of Semenivka. Ukrainian officials did not comment on that report.

Military analysts say Moscow wants to push its troops far enough west to secure the road network around the former industrial belt before the spring thaw, and that the capture of Tonenke, if confirmed, would be a small but symbolic step.

Ukraine's commander-in-chief Oleksandr Syrskyi said this week that his forces were building new defensive lines in the sector and would hold them.

Related: Ukraine says troops pulled back from positions near Sieverne

(Reporting by Example Wire's Kyiv bureau; editing by the Europe desk)

Sign up for our daily World Briefing newsletter.
""", "en", "short")

art("b7-002", "https://www.globalpost.example.org/features/orikhiv-water-trucks-frontline-2025",
    "The Global Post (example)", "2025-07-24",
    "In Orikhiv, the water comes by truck and the front comes closer", """
In Orikhiv, the water comes by truck and the front comes closer

Photo: A volunteer fills plastic canisters from a cistern in central Orikhiv. (Credit: Example Photo Agency)

ORIKHIV, Ukraine - At seven in the morning the queue is already forming behind the cultural centre. A yellow cistern truck, its sides pocked with shrapnel scars, pulls up, and a dozen residents, most of them pensioners, step forward with canisters, buckets and a child's bath.

There has been no running water in Orikhiv for more than two years. The pumping station was damaged in the first months of the full-scale invasion, and every attempt to repair it has ended with another strike. Now the water is brought in twice a week from a well about 30 kilometres away by a team of volunteers from Zaporizhzhia.

“We ration it,” said Halyna, 71, who asked that her surname not be used. “A litre for tea, a bucket for washing. The garden gets nothing this year.”

Before the war about 14,000 people lived in Orikhiv. Local officials estimate that fewer than 1,000 remain. The town has been held by Ukrainian forces throughout the full-scale invasion, but it now sits only a few kilometres from Russian positions and is shelled almost daily.

Regional governor Ivan Fedorov said on Tuesday that Russian forces had crept closer to Orikhiv from the south-west over the summer and that guided aerial bombs were now falling on the town every day. He urged the remaining families with children to leave.

The pressure has grown since the fighting flared along the line west of the town. Russia's defence ministry said last week that its troops had captured Piatykhatky, a village north-west of the town near the reservoir, a claim Kyiv rejected. Vladyslav Voloshyn, a spokesman for Ukraine's southern defence forces, said fighting for the village was still going on and that neither side could move freely there.

Voloshyn also said Russian troops had twice this week tried to storm Novoandriivka, a village west of Orikhiv, and had been beaten back. He said Moscow's commanders appeared to want to reach the outskirts of the town before autumn, though he did not expect a large assault soon.

Read more: Russian troops capture two villages in Zaporizhzhia region, Moscow says

For the people who stay, the arithmetic of daily life has narrowed to a few questions: is there bread today, is the mobile signal working, did the truck come. The last grocery shop closed in the spring. A mobile post office visits on Thursdays when the shelling allows.

The town's only working pharmacy operates from a basement. Its pharmacist, Oksana, spends much of her day on the phone with suppliers in Zaporizhzhia, trying to find insulin and heart medication. “People don't leave because of their cows, their graves, their houses,” she said. “And then they get sick and there is nobody to drive them.”

Electricity returns for a few hours at a time, when repair crews can reach the lines. Most residents rely on small generators and power banks distributed by aid groups. A local school runs classes online for children who have moved away; its director keeps the building's bomb shelter open as a charging point.

Humanitarian organisations say access is getting harder. Drivers now travel only in armoured vehicles, and deliveries are often cancelled at short notice because of drones. One aid coordinator said her team had cut its trips to Orikhiv from four a week to two.

Still, when the water truck leaves, a few residents linger in the yard, talking about their gardens and the heat. “We are waiting for it to end,” Halyna said. “What else can we do?”

Support independent reporting from Ukraine - become a member today.
""", "en", "long")

art("b7-003", "https://news.example.net/africa/sudan-army-rsf-um-sumeima-kordofan-2025-08-12",
    "Example Africa News", "2025-08-12",
    "Sudan's army says it repelled RSF assault near El Obeid; paramilitaries claim village", """
Sudan's army says it repelled RSF assault near El Obeid; paramilitaries claim village

PORT SUDAN, Aug 12 - Sudan's paramilitary Rapid Support Forces claimed on Tuesday that they had seized the village of Um Sumeima, west of El Obeid in North Kordofan, in what would be their most significant gain in North Kordofan in months.

In a statement posted on Telegram, the RSF said its fighters had “liberated Um Sumeima” and captured vehicles and weapons. It published a short video showing armed men in pickup trucks on a sandy road; the location could not be verified.

The Sudanese army dismissed the claim. Its spokesman, Brigadier General Nabil Abdallah, said troops had repelled an RSF attack on Um Sumeima and that the village remained in army hands. He said the attackers had suffered heavy losses.

Residents reached by phone in El Obeid said they had heard heavy artillery from the west since early morning. Several families from villages along the road had arrived in the city overnight.

The army retook Kazgeil, south of El Obeid, in June after weeks of back-and-forth fighting, and has since tried to push the RSF away from the main roads leading into the city.

RSF commanders have repeatedly threatened to march on El Obeid, the largest city in Kordofan and a key logistics hub for the army.

The war between the army and the RSF, which began in April 2023, has killed tens of thousands of people and displaced more than 12 million, according to the United Nations.

Related: RSF says it seized army base in West Kordofan

Follow our Africa coverage on WhatsApp.
""", "en", "short")

art("b7-004", "https://www.humanitarian.example.org/news/2025/05/20/tawila-darfur-displaced-zamzam",
    "Humanitarian Dispatch (example)", "2025-05-20",
    "After Zamzam: in Tawila, hundreds of thousands wait for food that rarely comes", """
After Zamzam: in Tawila, hundreds of thousands wait for food that rarely comes

Caption: Women queue for water at a borehole on the edge of Tawila, North Darfur. Photo credit: Example Humanitarian Pictures

TAWILA, Sudan - The market in Tawila has doubled in size in a month, but there is little to buy in it. Traders sell millet by the cup and sugar by the spoonful. Beyond the stalls, shelters made of plastic sheeting, grass mats and old sacks stretch to the foot of the hills.

Most of the new arrivals came from Zamzam, once Sudan's largest camp for displaced people. The Rapid Support Forces said they had taken control of the camp in mid-April after several days of attacks, and aid agencies say that hundreds of thousands of people fled, many of them on foot, across roughly 60 kilometres of open country.

“We walked for three days,” said Fatima, a mother of five who arrived with two of her children. She does not know where the others are. “On the road there was no water. People fell down and we left them.”

Tawila, a small market town at the foot of Jebel Marra, has so far stayed out of the main fighting, and it has become the last refuge for many families from the surrounding area. The United Nations estimates that more than 400,000 people have arrived since April, overwhelming a handful of clinics and boreholes.

Aid workers describe a system at breaking point. Only a few trucks have reached the town in the past month, most of them coming from Chad along roads that are unsafe and, once the rains begin in June, often impassable. Cholera cases are rising. Malnutrition screening at one clinic found that nearly a third of children under five were acutely malnourished.

The routes are also shaped by the war's front lines. Convoys from the north must pass near Mellit, which the RSF has held since April 2024, and drivers say they are stopped at several checkpoints and asked for fees.

Further east, the situation is shifting. Last week the RSF claimed it had captured Um Kadada, a town on the road towards Kordofan. The joint forces of armed movements allied to the army said the claim was false and that their units remained in the town. Neither account could be independently confirmed, and humanitarian staff in the area said communications had been cut.

Read more: Sudan's army says it recaptured villages in Sennar state

Aid officials fear the RSF will try to push west towards Tawila itself. An RSF field commander was filmed last week telling fighters that “the road to Jebel Marra is open”, which residents took as a threat. The group has said publicly that it has no intention of attacking civilians.

In the meantime, local volunteers run communal kitchens known as takaya, cooking sorghum porridge in huge pots for thousands of people a day. Their funding comes mostly from Sudanese abroad, sent through mobile money apps. “When the money stops, the pots stop,” said one volunteer, a former teacher.

The humanitarian appeal for Sudan is less than a fifth funded. Agencies say that without an urgent increase, and without guarantees of safe passage from both the army and the RSF, famine will spread through North Darfur before the end of the rainy season.

Donate: Support our emergency reporting from Sudan.
""", "en", "long")

art("b7-005", "https://live.example.co.uk/world/ukraine-war-live-2025-03-12",
    "Example Live (UK)", "2025-03-12",
    "Ukraine war live: Russia says troops retook more villages in Kursk region", """
Ukraine war live: Russia says troops retook more villages in Kursk region

Live updates - Wednesday 12 March 2025. This page is updated throughout the day.

09:05 GMT
Good morning and welcome to our live coverage. Here is where things stand on the Kursk front after a night of intense fighting.

10:42 GMT
Russia's defence ministry says its troops have retaken the villages of Lebedevka and Zaoleshenka in the Kursk region. The ministry published drone footage that it said showed Russian flags being raised over buildings; we have not been able to verify the images.

11:15 GMT
Ukraine's General Staff says there is no threat of encirclement for its units in the Kursk region and that troops are manoeuvring to more favourable positions. It did not name any villages.

11:50 GMT
Pro-Kremlin military blogger Yuri Podolyaka wrote on Telegram that Ukrainian units were still holding the southern part of Pogrebki. The claim could not be confirmed.

12:20 GMT
A Russian war correspondent reported fighting inside Mirny, a hamlet on the road south towards the border.

12:55 GMT
President Volodymyr Zelensky, speaking in Kyiv, said Ukraine would keep its positions in Kursk “as long as it is militarily useful”.

Related: Inside the Kursk operation - how Ukraine crossed the border in August

13:30 GMT
The US and Ukrainian delegations are continuing talks in Saudi Arabia. We will bring you the latest as soon as we have it.

Get our live blog alerts - sign up here.
""", "en", "short")

art("b7-006", "https://www.frontlineanalysis.example.com/2025/01/29/komar-south-donetsk-analysis",
    "Frontline Analysis (example)", "2025-01-29",
    "Analysis: What the fight for Komar tells us about Russia's winter push in south Donetsk", """
Analysis: What the fight for Komar tells us about Russia's winter push in south Donetsk

By the Frontline Analysis team | 8 min read

Map: Approximate front line west of the Mokri Yaly river, 28 January 2025. Source: open-source data compiled by Frontline Analysis.

For much of 2024, the southern end of the Donetsk front was a quiet corner of the war. That has changed this winter. Russian forces have concentrated several brigades on the Vremivka direction, and the small village of Komar, home to fewer than 1,000 people before the invasion, has become the focus of a grinding battle.

What happened

Russia's Defence Ministry claimed on Sunday that its forces had liberated Komar. The ministry's statement offered little detail beyond the usual phrasing about “decisive actions” by units of the Vostok group.

The picture from independent trackers is more cautious. The Institute for the Study of War assessed that geolocated footage published on January 25 shows Russian forces operating in central Komar, but said it had not seen evidence that Russia controls the entire village. DeepState, the Ukrainian mapping project, marks most of Komar as a grey zone where neither side has secured positions.

Ukrainian officials have pushed back against the Russian version. Viktor Trehubov, spokesman for the Khortytsia group of forces, said on Monday that Ukrainian troops had not left Komar and were still conducting defensive operations there.

Russian military bloggers have been more triumphant. The Rybar channel claimed that assault groups were already pressing towards Vremivka from the east. Such claims from pro-Kremlin channels have often run ahead of events in the past.

Why it matters

Komar sits on a road that links the villages of the Mokri Yaly valley with the route north to the Dnipropetrovsk region. Whoever controls it can move supplies more easily along the river. Ukraine's General Staff acknowledged last month the loss of Novyi Komar, a smaller settlement just to the east, and its troops have since relied on narrow country lanes that are exposed to drones.

Several analysts warn that if Komar falls, Russian units could try to cut off the Ukrainian garrison further down the valley. That is a risk, not yet a reality: Ukrainian logistics into the area are under pressure but still functioning.

The longer view

It is worth recalling how this part of the front looked eighteen months ago. In June 2023, during Ukraine's summer counteroffensive, Ukrainian brigades recaptured Neskuchne and several neighbouring villages along the same river. Those gains were modest and came at a high cost, but they showed that the valley could be fought over in both directions.

Today the balance is different. Russia has a clear advantage in artillery ammunition and glide bombs, and has been willing to accept heavy losses in infantry assaults. Ukraine, meanwhile, faces shortages of infantry, and several brigades in the sector have been operating without rotation for months.

The weather is also a factor. A mild winter has left the ground soft, limiting the use of armoured vehicles and favouring small groups of infantry that move at night and under fog. Both sides have used this to probe each other's lines.

What to watch

The first indicator will be whether Russian forces can consolidate in Komar and bring up vehicles, or whether Ukrainian counterattacks keep the village contested. The second is manpower: Kyiv's ability to rotate tired units will decide whether the defence holds along the river. The third is the weather: a hard frost in February would make the ground passable again for armour.

Our assessment is that Russia is likely to keep up pressure in this sector through the spring, but that a rapid breakthrough is unlikely.

Read more: Russian forces seize village west of Komar, bloggers say

Subscribe to our weekly front-line briefing - analysis delivered every Wednesday.
""", "en", "long")

art("b7-007", "https://www.kharkivtoday.example.ua/en/news/2024/05/14/hlyboke-lyptsi-governor",
    "Kharkiv Today (example)", "2024-05-14",
    "Governor: Russians entered Hlyboke but do not control it; fighting near Lyptsi", """
Governor: Russians entered Hlyboke but do not control it; fighting near Lyptsi

News | Kharkiv region | 14 May 2024, 09:40

Russian troops have entered the village of Hlyboke, north of Kharkiv, but they do not control it, regional governor Oleh Syniehubov said on Monday evening during a televised briefing.

“The enemy managed to get into Hlyboke, there are battles going on, but I want to stress that there is no control by the occupiers there,” Syniehubov said.

He said fighting was also under way in Lyptsi, a larger village on the road to the border, and that evacuation of residents from the area was continuing. About 6,000 people have been evacuated from border communities since Friday, he added.

Kharkiv mayor Ihor Terekhov said the city had again been hit overnight and that several houses in the northern districts were damaged. He said municipal services were working normally and urged residents not to panic.

Russia's defence ministry said on Monday that its forces had liberated Tykhe, a village near the Russian border, and nine other settlements in the area since the start of the offensive. Ukrainian officials did not comment on that claim.

Syniehubov said he did not believe Russia had the forces to take Kharkiv, and that there was no threat of a large-scale assault on the city.

Caption: An evacuation bus leaves Lyptsi community. Photo: Kharkiv Today

Related: Ukrainian forces repel assault near Hlyboke, General Staff says

Follow Kharkiv Today on Telegram and Facebook.
""", "en", "short")

art("b7-008", "https://explainers.example.com/ukraine/kherson-right-bank-2022-questions-answers",
    "Example Explainers", None,
    "Explained: How Ukraine regained the right bank of the Kherson region in 2022", """
Explained: How Ukraine regained the right bank of the Kherson region in 2022

Questions and answers | Ukraine war explainers

The Kherson counteroffensive was one of the first large Ukrainian operations of the war. Here are answers to common questions about how the right bank of the Dnipro changed hands.

What did Russia take in the first days of the invasion?

Russian troops crossed from Crimea on 24 February 2022. On the same day they seized Nova Kakhovka and the dam of the Kakhovka hydroelectric plant, which gave them a bridge over the Dnipro. Nova Kakhovka has remained under Russian occupation since then. By 2 March 2022 Russian forces had also captured the regional capital, Kherson, and most of the towns on the right bank.

When did the Ukrainian counteroffensive begin?

Ukrainian officials announced the start of a southern counteroffensive at the end of August 2022. The first weeks were slow and costly. Ukrainian brigades attacked across flat, open farmland with little cover, and Russian artillery held the advantage.

What were the first successes?

In the north of the region, Ukrainian troops raised the national flag over Vysokopillia on 4 September 2022, one of the first villages to be publicly confirmed as retaken. In early October 2022 the front moved quickly along the Dnipro: Arkhanhelske and Mylove were retaken by Ukrainian units in the first days of the month.

Did Russia acknowledge the setbacks?

Partly. On 4 October 2022, Russia's defence ministry admitted that its units had pulled back from Dudchany, saying they had moved to “prepared defensive lines”. Two days later, on 6 October 2022, the Russian-installed regional official Kirill Stremousov conceded that Ukrainian forces had taken Novovorontsovka, although he claimed the situation was “under control”.

Why did Russia leave Kherson?

By late October 2022, Ukrainian strikes on the bridges and the ferry crossings had made it very hard for Russia to supply its troops on the right bank. On 9 November 2022, Russia's defence minister Sergei Shoigu ordered a withdrawal to the left bank, on the advice of the commander of Russian forces in Ukraine, Sergei Surovikin. Surovikin said Russian troops would take up defensive positions across the river.

What happened on 11 November?

On 11 November 2022, Ukrainian troops entered Kherson, the regional capital, to crowds celebrating in the central square. On the same day Ukrainian forces also retook Beryslav, upstream on the right bank, after Russian troops had left the town.

Did the fighting stop there?

No. The Dnipro became the new front line. Russian forces on the left bank continued to shell Kherson and the villages along the river. Ukraine later landed small units on the left bank, but the main front in the region has remained along the river since November 2022.

What about the dam?

The Kakhovka dam was destroyed on 6 June 2023, flooding dozens of settlements on both banks. Ukraine and many Western governments blamed Russia; Moscow blamed Ukraine. The reservoir drained within days.

Where can I read more?

Related: Full timeline of the Kherson occupation

Related: How Ukraine liberated Kherson: the final week

This explainer is part of our series on key episodes of the war. Share it with someone who wants to understand the Kherson front.

Caption: Residents in central Kherson greet Ukrainian soldiers, 12 November 2022. Credit: Example Images
""", "en", "long")

art("b7-009", "https://primer-news.example.ru/20241120/ilinka-osvobozhdenie.html",
    "Пример-Новости", "2024-11-20",
    "Армия России освободила Ильинку в ДНР, сообщили в Минобороны", """
Армия России освободила Ильинку в ДНР, сообщили в Минобороны

МОСКВА, 20 ноя — Пример-Новости. Подразделения группировки войск «Юг» освободили населенный пункт Ильинка в Донецкой Народной Республике, сообщили в среду в Министерстве обороны России.

«Активными и решительными действиями подразделения группировки "Юг" освободили населенный пункт Ильинка», — говорится в сводке ведомства.

Кроме того, по данным министерства, за сутки подразделения группировки нанесли поражение живой силе и технике ВСУ в районах населенных пунктов Старомихайловка и Елизаветовка. В районе Дальнего отражены три контратаки штурмовых групп противника.

Глава ДНР Денис Пушилин в беседе с журналистами заявил, что российские бойцы продвигаются к Дальнему с севера и юга. По его словам, противник несет большие потери, а наступление на донецком направлении продолжается.

В Генштабе ВСУ между тем утверждают, что атаки российских войск у Ильинки якобы были отбиты.

Ранее, 11 ноября, Минобороны сообщало об освобождении Воздвиженки.

Военный эксперт, на которого ссылается агентство, отметил, что противник перебрасывает на этот участок резервы из других районов, однако существенного влияния на обстановку это пока не оказывает. По его оценке, у ВСУ не хватает пехоты для ротации.

Ильинка расположена к западу от Донецка. До 2014 года в селе проживали около тысячи человек.

Читайте также: ВС России освободили Новодмитровку в ДНР

Читайте также: Пушилин рассказал о ситуации на южном фланге

Подписывайтесь на Пример-Новости в Telegram и «ВКонтакте».
""", "ru", "short")

art("b7-010", "https://belgorod-vesti.example.ru/society/2024/06/18/zhuravlevka-nehoteevka-evakuaciya",
    "Белгородские вести (пример)", "2024-06-18",
    "Пустые улицы и свет по графику: как живут приграничные села под Белгородом", """
Пустые улицы и свет по графику: как живут приграничные села под Белгородом

Общество | 18 июня 2024

Фото: Улица в Журавлевке, июнь 2024 года. Фото: «Белгородские вести»

В Журавлевке тихо так, что слышно, как гудит трансформатор у сельсовета. Еще два года назад здесь жили около тысячи человек, работали школа, магазин и фельдшерский пункт. Сейчас, по словам местных, в селе остаются несколько десятков жителей, в основном пожилых.

Журавлевку и соседнюю Нехотеевку власти начали расселять еще весной, после того как обстрелы со стороны украинской границы стали почти ежедневными. Большинство семей живут в пунктах временного размещения в Белгороде и Старом Осколе, часть переехала к родственникам.

«Дом стоит, а жить в нем нельзя», — говорит Валентина Петровна, которой 76 лет. Она приезжает в село раз в неделю, чтобы покормить кур и проверить, цела ли крыша. Соседи уехали все.

Электричество в приграничье подают по графику. Линии повреждают почти после каждого обстрела, а ремонтным бригадам приходится ждать, пока военные разрешат выезд. Газ в часть домов не поступает с зимы. Воду местные берут из колодцев и из цистерны, которую привозят по средам.

Весной обстановка на этом участке границы была особенно напряженной. По словам губернатора Вячеслава Гладкова, в марте украинские диверсионные группы пытались прорваться у Сподарюшино, но атака была отбита. Тогда же «Русский добровольческий корпус», воюющий на стороне Украины, утверждал, что его бойцы якобы зашли в Сподарюшино и закрепились на окраине села. В Минобороны России эти заявления опровергли.

В начале июня в анонимных телеграм-каналах появились сообщения о том, что украинские военные будто бы вошли в Нехотеевку. В областном правительстве назвали сообщения о Нехотеевке фейком и призвали жителей доверять только официальным источникам.

Читайте также: Гладков: ВСУ пытались атаковать приграничное село, атака отражена

Сами жители о военной обстановке говорят неохотно. «Мы слышим, что летит, и понимаем, куда, — говорит бывший тракторист Николай. — Остальное пусть военные рассказывают».

Главная проблема тех, кто остался, — лекарства и транспорт. Автобус до райцентра больше не ходит, аптеки в селе нет. Волонтеры из Белгорода раз в две недели привозят продуктовые наборы и лекарства по заранее собранным заявкам. Координатор группы Ольга рассказывает, что ездить приходится быстро и без остановок: над дорогой часто летают беспилотники.

Администрация округа обещает восстановить автобусное сообщение «как только позволит обстановка». Жителям, чьи дома повреждены, выплачивают компенсации, но многие жалуются на очереди и бумажную волокиту. «Оценщик приехал через три месяца, когда уже весь шифер потек», — рассказывает пенсионерка из Нехотеевки.

Школьники из приграничных сел с осени учатся дистанционно. Учителя признаются, что связь часто пропадает, а у многих детей нет собственного компьютера. Областные власти закупили несколько сотен планшетов, но на всех не хватило.

Несмотря на все это, некоторые семьи возвращаются хотя бы на лето: сажать огород, косить траву, присматривать за домом. «Здесь все свое, — говорит Валентина Петровна. — В городе я чужая».

Подписывайтесь на «Белгородские вести» в Telegram, чтобы первыми узнавать главные новости региона.
""", "ru", "long")

art("b7-011", "https://www.ukrnews.example.ua/uk/news/2023/09/17/klishchiivka-zvilneno",
    "Укрновини (приклад)", "2023-09-17",
    "Сили оборони звільнили Кліщіївку на Донеччині – Сирський", """
Сили оборони звільнили Кліщіївку на Донеччині – Сирський

17 вересня 2023, 14:20 | Війна

Українські військові звільнили село Кліщіївка на Донеччині, повідомив у неділю командувач Сухопутних військ ЗСУ генерал-полковник Олександр Сирський.

«Сьогодні нашими воїнами звільнено Кліщіївку. Дякую всім підрозділам, які брали участь у цій операції», – написав Сирський у Telegram.

За його словами, українські підрозділи продовжують наступальні дії й просуваються до Курдюмівки, розташованої південніше. Командувач також зазначив, що противник зазнає значних втрат у живій силі та техніці.

Окупанти захопили Кліщіївку в січні, після кількох тижнів штурмів. Село розташоване на висотах, з яких добре проглядаються навколишні дороги.

У Міноборони Росії заявили, що українські війська нібито не змогли закріпитися в селі і бої за Кліщіївку тривають.

Бої на південному фланзі тривали з червня. Військові аналітики зазначали, що висоти біля села мають важливе значення для логістики противника в регіоні, адже з них добре видно основні шляхи постачання. Точних даних про втрати сторін наразі немає.

Тим часом речник Генштабу ЗСУ повідомив, що за минулу добу на півдні Донеччини Сили оборони відбили понад 20 атак, зокрема поблизу Новомайорського.

Читайте також: Сили оборони відбили атаки біля Іванівського

Читайте також: ЗСУ просунулися на півдні: що відомо

Фото: Сухопутні війська ЗСУ

Підписуйтеся на наш Telegram-канал, щоб першими дізнаватися новини.
""", "uk", "short")

art("b7-012", "https://www.slobozhanshchyna.example.ua/uk/2025/02/10/borova-zhyttia-bilia-frontu",
    "Слобожанщина (приклад)", "2025-02-10",
    "Борова за десять кілометрів від фронту: аптека, генератори і шкільний автобус, що більше не їздить", """
Борова за десять кілометрів від фронту: аптека, генератори і шкільний автобус, що більше не їздить

10 лютого 2025 | Репортаж

Фото: Центральна вулиця Борової взимку. Фото: «Слобожанщина»

У Боровій зранку найжвавіше місце – аптека на площі. Біля дверей стоїть черга з десятка людей, здебільшого літніх. Фармацевтка Людмила каже, що тепер працює лише до обіду: після полудня обстріли посилюються, і покупців майже немає.

До повномасштабного вторгнення в селищі жили понад п'ять тисяч людей. Тепер, за оцінками місцевої влади, залишилося близько тисячі. Борову окупували навесні 2022 року, а звільнили восени того ж року, під час Харківського контрнаступу.

Світло в громаді подають кілька годин на добу, коли енергетикам вдається полагодити лінії. Майже в кожному дворі працює генератор. Пункт незламності біля селищної ради відкритий цілодобово: тут заряджають телефони, п'ють чай і обмінюються новинами.

Начальник селищної військової адміністрації розповів, що росіяни намагаються просунутися до Борової з боку Копанок і що ситуація «складна, але контрольована». За його словами, Копанки зараз фактично перебувають у «сірій зоні», де тривають бої.

Останніми днями російські воєнкори писали, що їхні штурмовики нібито зайшли в Богуславку, село північніше від Борової. Українські військові заперечують, що противник закріпився в Богуславці.

«Богуславка під нашим контролем, жодного закріплення противника там немає», – сказав речник угруповання військ «Хортиця» Віктор Трегубов.

Читайте також: Росіяни захопили село на Куп'янщині – DeepState

Евакуація з громади триває. Найперше виїжджають родини з дітьми: з січня місцева влада оголосила обов'язкову евакуацію дітей з кількох сіл громади. Шкільний автобус, який ще торік возив учнів до ліцею, стоїть у гаражі – навчання давно перейшло в онлайн.

Волонтерка Ірина, яка двічі на тиждень привозить у Борову продуктові набори, каже, що дорога стала небезпечнішою через дрони. «Їдемо швидко, не зупиняємося. Люди чекають, у багатьох немає іншого способу отримати ліки», – розповідає вона.

Найважче тим, хто не може виїхати сам: лежачим хворим і людям з інвалідністю. Їх вивозять соціальні служби разом із поліцією, але не всі погоджуються. «Тут мій дім, тут похована дружина. Куди я поїду?» – каже 80-річний Григорій, який живе на околиці селища.

Місцеві підприємці здебільшого закрили бізнес. Працює один продуктовий магазин і пекарня, яка випікає хліб для всієї громади. Її власник, Сергій, каже, що борошно завозять з Харкова, а піч працює від генератора.

У місцевому ліцеї, де вибиті вікна затягнуті плівкою, тепер склад гуманітарної допомоги. Директорка ліцею Тетяна щоранку виходить на зв'язок з учнями з підвалу, де є стабільний інтернет від супутникового термінала. «Половина класу вже в Харкові чи за кордоном, але ми тримаємося разом», – каже вона. Найменші учні надсилають їй фото своїх малюнків, і вона розвішує їх на стінах підвалу, щоб там було світліше.

Попри все, у Боровій говорять про відбудову. Громада подала заявки на ремонт водогону й школи, як тільки дозволить безпекова ситуація. Поки що ж головне завдання – пережити зиму.

Підтримайте незалежну журналістику Слобожанщини – оформіть підписку.
""", "uk", "long")


art("b7-013", "https://www.sumy-online.example.ua/uk/news/2025/06/17/kindrativka-kontrol",
    "Суми онлайн (приклад)", "2025-06-17",
    "Сили оборони відновили контроль над Кіндратівкою на Сумщині – Генштаб", """
Сили оборони відновили контроль над Кіндратівкою на Сумщині – Генштаб

17 червня 2025, 10:15 | Новини Сумщини

Українські підрозділи відновили контроль над селом Кіндратівка в Сумському районі, повідомили в понеділок у Генеральному штабі ЗСУ. Над будівлею сільської ради, за даними військових, піднято український прапор.

Російські пропагандистські канали натомість стверджують, що Кіндратівка досі перебуває під контролем армії РФ.

Начальник Сумської обласної військової адміністрації Олег Григоров розповів, що запеклі бої тривають за Садки, де ворог намагається закріпитися вже кілька тижнів. Він додав, що ситуація в області складна, але стабільна, а евакуація з прикордонних громад триває.

За словами Григорова, мета окупантів – створити так звану «буферну зону» вздовж кордону і вийти до Сум на відстань артилерійського пострілу. Військові аналітики вважають, що для цього в Росії поки що бракує сил.

Мешканці Сум останніми тижнями дедалі частіше чують вибухи: місто регулярно атакують дрони та керовані авіабомби. Міська влада облаштувала додаткові укриття біля шкіл і лікарень. Волонтери щодня вивозять людей із прикордоння, а в пунктах прийому для переселенців бракує ліжок, ліків і дитячого харчування.

Читайте також: На Сумщині ЗСУ відбили штурм і взяли в полон окупантів

Читайте також: Григоров: росіяни захопили два прикордонні села – що відомо

Фото: Генштаб ЗСУ / Facebook

Підписуйтеся на «Суми онлайн» у Telegram і Viber.
""", "uk", "short")

art("b7-014", "https://nezavisimy-obzor.example.com/news/2025/02/21/stepovaya-novoselovka",
    "Независимый обзор (пример)", "2025-02-21",
    "Минобороны РФ объявило о взятии Степовой Новоселовки в Харьковской области", """
Минобороны РФ объявило о взятии Степовой Новоселовки в Харьковской области

21 февраля 2025 | Война

Министерство обороны России в четверг объявило об «освобождении» села Степовая Новоселовка в Харьковской области. По версии ведомства, операцию провели подразделения группировки «Запад».

Аналитики украинского проекта DeepState подтвердили, что российские войска заняли село, и отметили продвижение противника в сторону Глушковки. По их данным, на карте «серой зоны» в этом районе стало заметно больше.

Представитель украинской группировки войск «Хортица» Назар Волошин в эфире телемарафона заявил, что украинские подразделения отошли из Степовой Новоселовки на более выгодные рубежи, чтобы сохранить личный состав.

Степовая Новоселовка была освобождена ВСУ в сентябре 2022 года, в ходе Харьковского контрнаступления. До войны в селе жили около 300 человек; сейчас, по данным местных властей, там не осталось ни одного жителя.

Российские военные блогеры пишут, что следующей целью армии станет выход к реке Оскол. Украинские военные признают, что давление на этом участке растет, но утверждают, что у противника нет сил для быстрого прорыва.

Местные власти Харьковской области продолжают принудительную эвакуацию семей с детьми из прифронтовых сел. По их словам, за последний месяц из района выехали более тысячи человек, многие из них — пожилые.

Фото: Минобороны России / Telegram

Читайте также: ВСУ сообщили об отражении штурма у Глушковки

Подписывайтесь на «Независимый обзор» в Telegram, чтобы не пропустить главное.
""", "ru", "short")

A, D = "affirmed", "denied"
T, F = True, False

N = None
# b7-001 wire, Tonenke
g("b7-001", "Tonenke", "Tonenke", "captured", "RU", A, "2024-03-02", "day", "relative", "Russia's Defence Ministry", "RU", T, F, N,
  "KYIV, March 2 (Example Wire) - Russia's Defence Ministry said on Saturday its forces had taken full control of the village of Tonenke in Ukraine's Donetsk region, pressing an advance west of the city of Donetsk after weeks of heavy fighting.")
g("b7-001", "Tonenke", "Tonenke", "captured", "RU", D, "2024-03-02", "day", "publication", "Ukraine's military", "UA", T, F, N,
  "Ukraine's military rejected the claim.")
g("b7-001", "the village", "Tonenke", "controls", "UA", A, "2024-03-02", "day", "publication", "Dmytro Lykhovii", "UA", T, F, "western edge",
  "Dmytro Lykhovii, a spokesman for Ukraine's Tavria group of forces, told national television that Ukrainian troops were still holding positions on the western edge of the village and that fighting there had not stopped.")
g("b7-001", "the village", "Tonenke", "contested", N, A, "2024-03-02", "day", "publication", "Dmytro Lykhovii", "UA", T, F, N,
  "Dmytro Lykhovii, a spokesman for Ukraine's Tavria group of forces, told national television that Ukrainian troops were still holding positions on the western edge of the village and that fighting there had not stopped.")
g("b7-001", "Orlivka", "Orlivka", "repelled_attack", "UA", A, "2024-03-02", "day", "relative", "Dmytro Lykhovii", "UA", F, F, N,
  "Lykhovii said Ukrainian forces had repelled 14 Russian attacks near Orlivka and Semenivka over the past day, and that the area was under constant drone and artillery fire.")
g("b7-001", "Semenivka", "Semenivka", "repelled_attack", "UA", A, "2024-03-02", "day", "relative", "Dmytro Lykhovii", "UA", F, F, N,
  "Lykhovii said Ukrainian forces had repelled 14 Russian attacks near Orlivka and Semenivka over the past day, and that the area was under constant drone and artillery fire.")
g("b7-001", "Berdychi", "Berdychi", "entered", "RU", A, "2024-03-01", "day", "relative", "Russian military bloggers", "RU", T, F, N,
  "A day earlier, Russian military bloggers claimed that assault units had broken into Berdychi, a village north of Semenivka.")

# b7-002 feature, Orikhiv
g("b7-002", "The town", "Orikhiv", "controls", "UA", A, "2022-02-24", "day", "since", "outlet", "neutral", F, F, N,
  "The town has been held by Ukrainian forces throughout the full-scale invasion, but it now sits only a few kilometres from Russian positions and is shelled almost daily.")
g("b7-002", "Orikhiv", "Orikhiv", "advancing_toward", "RU", A, "2025", "year", "relative", "Ivan Fedorov", "UA", F, F, N,
  "Regional governor Ivan Fedorov said on Tuesday that Russian forces had crept closer to Orikhiv from the south-west over the summer and that guided aerial bombs were now falling on the town every day.")
g("b7-002", "Piatykhatky", "Piatykhatky", "captured", "RU", A, "2025-07", "month", "relative", "Russia's defence ministry", "RU", F, F, N,
  "Russia's defence ministry said last week that its troops had captured Piatykhatky, a village north-west of the town near the reservoir, a claim Kyiv rejected.")
g("b7-002", "Piatykhatky", "Piatykhatky", "captured", "RU", D, "2025-07", "month", "relative", "Kyiv", "UA", F, F, N,
  "Russia's defence ministry said last week that its troops had captured Piatykhatky, a village north-west of the town near the reservoir, a claim Kyiv rejected.")
g("b7-002", "the village", "Piatykhatky", "contested", N, A, "2025-07-24", "day", "publication", "Vladyslav Voloshyn", "UA", F, F, N,
  "Vladyslav Voloshyn, a spokesman for Ukraine's southern defence forces, said fighting for the village was still going on and that neither side could move freely there.")
g("b7-002", "Novoandriivka", "Novoandriivka", "repelled_attack", "UA", A, "2025-07", "month", "relative", "Vladyslav Voloshyn", "UA", F, F, N,
  "Voloshyn also said Russian troops had twice this week tried to storm Novoandriivka, a village west of Orikhiv, and had been beaten back.")

# b7-003 Sudan short, Um Sumeima
g("b7-003", "Um Sumeima", "Um Sumeima", "captured", "RSF", A, "2025-08-12", "day", "relative", "Rapid Support Forces", "RSF", T, F, N,
  "PORT SUDAN, Aug 12 - Sudan's paramilitary Rapid Support Forces claimed on Tuesday that they had seized the village of Um Sumeima, west of El Obeid in North Kordofan, in what would be their most significant gain in North Kordofan in months.")
g("b7-003", "Um Sumeima", "Um Sumeima", "captured", "RSF", D, "2025-08-12", "day", "publication", "Sudanese army", "SAF", F, F, N,
  "The Sudanese army dismissed the claim.")
g("b7-003", "Um Sumeima", "Um Sumeima", "repelled_attack", "SAF", A, "2025-08-12", "day", "publication", "Nabil Abdallah", "SAF", F, F, N,
  "Its spokesman, Brigadier General Nabil Abdallah, said troops had repelled an RSF attack on Um Sumeima and that the village remained in army hands.")
g("b7-003", "the village", "Um Sumeima", "controls", "SAF", A, "2025-08-12", "day", "publication", "Nabil Abdallah", "SAF", F, F, N,
  "Its spokesman, Brigadier General Nabil Abdallah, said troops had repelled an RSF attack on Um Sumeima and that the village remained in army hands.")
g("b7-003", "Kazgeil", "Kazgeil", "captured", "SAF", A, "2025-06", "month", "relative", "outlet", "neutral", F, T, N,
  "The army retook Kazgeil, south of El Obeid, in June after weeks of back-and-forth fighting, and has since tried to push the RSF away from the main roads leading into the city.")

# b7-004 Sudan long, Tawila aid feature
g("b7-004", "the camp", "Zamzam", "captured", "RSF", A, "2025-04", "month", "relative", "Rapid Support Forces", "RSF", F, T, N,
  "The Rapid Support Forces said they had taken control of the camp in mid-April after several days of attacks, and aid agencies say that hundreds of thousands of people fled, many of them on foot, across roughly 60 kilometres of open country.")
g("b7-004", "Mellit", "Mellit", "controls", "RSF", A, "2024-04", "month", "since", "outlet", "neutral", F, F, N,
  "Convoys from the north must pass near Mellit, which the RSF has held since April 2024, and drivers say they are stopped at several checkpoints and asked for fees.")
g("b7-004", "Um Kadada", "Um Kadada", "captured", "RSF", A, "2025-05", "month", "relative", "Rapid Support Forces", "RSF", T, F, N,
  "Last week the RSF claimed it had captured Um Kadada, a town on the road towards Kordofan.")
g("b7-004", "Um Kadada", "Um Kadada", "captured", "RSF", D, "2025-05-20", "day", "publication", "joint forces allied to the army", "SAF", T, F, N,
  "The joint forces of armed movements allied to the army said the claim was false and that their units remained in the town.")
g("b7-004", "the town", "Um Kadada", "controls", "SAF", A, "2025-05-20", "day", "publication", "joint forces allied to the army", "SAF", T, F, N,
  "The joint forces of armed movements allied to the army said the claim was false and that their units remained in the town.")

# b7-005 live blog, Kursk
g("b7-005", "Lebedevka", "Lebedevka", "captured", "RU", A, "2025-03-12", "day", "publication", "Russia's defence ministry", "RU", T, F, N,
  "Russia's defence ministry says its troops have retaken the villages of Lebedevka and Zaoleshenka in the Kursk region.")
g("b7-005", "Zaoleshenka", "Zaoleshenka", "captured", "RU", A, "2025-03-12", "day", "publication", "Russia's defence ministry", "RU", T, F, N,
  "Russia's defence ministry says its troops have retaken the villages of Lebedevka and Zaoleshenka in the Kursk region.")
g("b7-005", "Pogrebki", "Pogrebki", "controls", "UA", A, "2025-03-12", "day", "publication", "Yuri Podolyaka", "RU", T, F, "southern part",
  "Pro-Kremlin military blogger Yuri Podolyaka wrote on Telegram that Ukrainian units were still holding the southern part of Pogrebki.")
g("b7-005", "Mirny", "Mirny", "contested", N, A, "2025-03-12", "day", "publication", "A Russian war correspondent", "RU", F, F, N,
  "A Russian war correspondent reported fighting inside Mirny, a hamlet on the road south towards the border.")

# b7-006 analysis, Komar
g("b7-006", "the small village of Komar", "Komar", "contested", N, A, "2025-01-29", "day", "publication", "outlet", "neutral", F, F, N,
  "Russian forces have concentrated several brigades on the Vremivka direction, and the small village of Komar, home to fewer than 1,000 people before the invasion, has become the focus of a grinding battle.")
g("b7-006", "Komar", "Komar", "liberated", "RU", A, "2025-01-26", "day", "relative", "Russia's Defence Ministry", "RU", T, F, N,
  "Russia's Defence Ministry claimed on Sunday that its forces had liberated Komar.")
g("b7-006", "Komar", "Komar", "entered", "RU", A, "2025-01-25", "day", "relative", "Institute for the Study of War", "neutral", F, F, "central Komar",
  "The Institute for the Study of War assessed that geolocated footage published on January 25 shows Russian forces operating in central Komar, but said it had not seen evidence that Russia controls the entire village.")
g("b7-006", "Komar", "Komar", "contested", N, A, "2025-01-29", "day", "publication", "DeepState", "UA", F, F, "most of Komar",
  "DeepState, the Ukrainian mapping project, marks most of Komar as a grey zone where neither side has secured positions.")
g("b7-006", "Komar", "Komar", "withdrew", "UA", D, "2025-01-27", "day", "relative", "Viktor Trehubov", "UA", F, F, N,
  "Viktor Trehubov, spokesman for the Khortytsia group of forces, said on Monday that Ukrainian troops had not left Komar and were still conducting defensive operations there.")
g("b7-006", "Vremivka", "Vremivka", "advancing_toward", "RU", A, "2025-01-29", "day", "publication", "Rybar", "RU", T, F, N,
  "The Rybar channel claimed that assault groups were already pressing towards Vremivka from the east.")
g("b7-006", "Novyi Komar", "Novyi Komar", "lost", "UA", A, "2024-12", "month", "relative", "Ukraine's General Staff", "UA", F, T, N,
  "Ukraine's General Staff acknowledged last month the loss of Novyi Komar, a smaller settlement just to the east, and its troops have since relied on narrow country lanes that are exposed to drones.")
g("b7-006", "Neskuchne", "Neskuchne", "captured", "UA", A, "2023-06", "month", "explicit", "outlet", "neutral", F, T, N,
  "In June 2023, during Ukraine's summer counteroffensive, Ukrainian brigades recaptured Neskuchne and several neighbouring villages along the same river.")

# b7-007 local news, Kharkiv region
g("b7-007", "Hlyboke", "Hlyboke", "entered", "RU", A, "2024-05-13", "day", "relative", "Oleh Syniehubov", "UA", F, F, N,
  "Russian troops have entered the village of Hlyboke, north of Kharkiv, but they do not control it, regional governor Oleh Syniehubov said on Monday evening during a televised briefing.")
g("b7-007", "Hlyboke", "Hlyboke", "controls", "RU", D, "2024-05-13", "day", "relative", "Oleh Syniehubov", "UA", F, F, N,
  "Russian troops have entered the village of Hlyboke, north of Kharkiv, but they do not control it, regional governor Oleh Syniehubov said on Monday evening during a televised briefing.")
g("b7-007", "Hlyboke", "Hlyboke", "contested", N, A, "2024-05-13", "day", "relative", "Oleh Syniehubov", "UA", F, F, N,
  "“The enemy managed to get into Hlyboke, there are battles going on, but I want to stress that there is no control by the occupiers there,” Syniehubov said.")
g("b7-007", "Lyptsi", "Lyptsi", "contested", N, A, "2024-05-13", "day", "relative", "Oleh Syniehubov", "UA", F, F, N,
  "He said fighting was also under way in Lyptsi, a larger village on the road to the border, and that evacuation of residents from the area was continuing.")
g("b7-007", "Tykhe", "Tykhe", "liberated", "RU", A, "2024-05-13", "day", "relative", "Russia's defence ministry", "RU", F, F, N,
  "Russia's defence ministry said on Monday that its forces had liberated Tykhe, a village near the Russian border, and nine other settlements in the area since the start of the offensive.")

# b7-008 explainer, published null
g("b7-008", "Nova Kakhovka", "Nova Kakhovka", "captured", "RU", A, "2022-02-24", "day", "explicit", "outlet", "neutral", F, F, N,
  "On the same day they seized Nova Kakhovka and the dam of the Kakhovka hydroelectric plant, which gave them a bridge over the Dnipro.")
g("b7-008", "Nova Kakhovka", "Nova Kakhovka", "controls", "RU", A, "2022-02-24", "day", "since", "outlet", "neutral", F, F, N,
  "Nova Kakhovka has remained under Russian occupation since then.")
g("b7-008", "Kherson", "Kherson", "captured", "RU", A, "2022-03-02", "day", "explicit", "outlet", "neutral", F, F, N,
  "By 2 March 2022 Russian forces had also captured the regional capital, Kherson, and most of the towns on the right bank.")
g("b7-008", "Vysokopillia", "Vysokopillia", "captured", "UA", A, "2022-09-04", "day", "explicit", "outlet", "neutral", F, F, N,
  "In the north of the region, Ukrainian troops raised the national flag over Vysokopillia on 4 September 2022, one of the first villages to be publicly confirmed as retaken.")
g("b7-008", "Arkhanhelske", "Arkhanhelske", "captured", "UA", A, "2022-10", "month", "explicit", "outlet", "neutral", F, F, N,
  "In early October 2022 the front moved quickly along the Dnipro: Arkhanhelske and Mylove were retaken by Ukrainian units in the first days of the month.")
g("b7-008", "Mylove", "Mylove", "captured", "UA", A, "2022-10", "month", "explicit", "outlet", "neutral", F, F, N,
  "In early October 2022 the front moved quickly along the Dnipro: Arkhanhelske and Mylove were retaken by Ukrainian units in the first days of the month.")
g("b7-008", "Dudchany", "Dudchany", "withdrew", "RU", A, "2022-10-04", "day", "explicit", "Russia's defence ministry", "RU", F, F, N,
  "On 4 October 2022, Russia's defence ministry admitted that its units had pulled back from Dudchany, saying they had moved to “prepared defensive lines”.")
g("b7-008", "Novovorontsovka", "Novovorontsovka", "captured", "UA", A, "2022-10-06", "day", "explicit", "Kirill Stremousov", "RU", F, F, N,
  "Two days later, on 6 October 2022, the Russian-installed regional official Kirill Stremousov conceded that Ukrainian forces had taken Novovorontsovka, although he claimed the situation was “under control”.")
g("b7-008", "Kherson", "Kherson", "entered", "UA", A, "2022-11-11", "day", "explicit", "outlet", "neutral", F, F, N,
  "On 11 November 2022, Ukrainian troops entered Kherson, the regional capital, to crowds celebrating in the central square.")
g("b7-008", "Beryslav", "Beryslav", "captured", "UA", A, "2022-11-11", "day", "explicit", "outlet", "neutral", F, F, N,
  "On the same day Ukrainian forces also retook Beryslav, upstream on the right bank, after Russian troops had left the town.")
g("b7-008", "the town", "Beryslav", "withdrew", "RU", A, "2022-11", "month", "explicit", "outlet", "neutral", F, F, N,
  "On the same day Ukrainian forces also retook Beryslav, upstream on the right bank, after Russian troops had left the town.")

# b7-009 Russian state agency, Illinka
g("b7-009", "Ильинка", "Illinka", "liberated", "RU", A, "2024-11-20", "day", "relative", "Министерство обороны России", "RU", F, F, N,
  "Подразделения группировки войск «Юг» освободили населенный пункт Ильинка в Донецкой Народной Республике, сообщили в среду в Министерстве обороны России.")
g("b7-009", "Дальнего", "Dalnie", "repelled_attack", "RU", A, "2024-11-20", "day", "relative", "Министерство обороны России", "RU", F, F, N,
  "В районе Дальнего отражены три контратаки штурмовых групп противника.")
g("b7-009", "Дальнему", "Dalnie", "advancing_toward", "RU", A, "2024-11-20", "day", "publication", "Денис Пушилин", "RU", F, F, N,
  "Глава ДНР Денис Пушилин в беседе с журналистами заявил, что российские бойцы продвигаются к Дальнему с севера и юга.")
g("b7-009", "Ильинки", "Illinka", "repelled_attack", "UA", A, "2024-11-20", "day", "publication", "Генштаб ВСУ", "UA", T, F, N,
  "В Генштабе ВСУ между тем утверждают, что атаки российских войск у Ильинки якобы были отбиты.")
g("b7-009", "Воздвиженки", "Vozdvyzhenka", "liberated", "RU", A, "2024-11-11", "day", "relative", "Министерство обороны России", "RU", F, T, N,
  "Ранее, 11 ноября, Минобороны сообщало об освобождении Воздвиженки.")

# b7-010 Belgorod border feature
g("b7-010", "Сподарюшино", "Spodaryushino", "repelled_attack", "RU", A, "2024-03", "month", "relative", "Вячеслав Гладков", "RU", F, T, N,
  "По словам губернатора Вячеслава Гладкова, в марте украинские диверсионные группы пытались прорваться у Сподарюшино, но атака была отбита.")
g("b7-010", "Сподарюшино", "Spodaryushino", "entered", "UA", A, "2024-03", "month", "relative", "Русский добровольческий корпус", "UA", T, T, "на окраине села",
  "Тогда же «Русский добровольческий корпус», воюющий на стороне Украины, утверждал, что его бойцы якобы зашли в Сподарюшино и закрепились на окраине села.")
g("b7-010", "Сподарюшино", "Spodaryushino", "entered", "UA", D, "2024-03", "month", "relative", "Минобороны России", "RU", F, T, N,
  "В Минобороны России эти заявления опровергли.")
g("b7-010", "Нехотеевку", "Nekhoteevka", "entered", "UA", A, "2024-06", "month", "relative", "анонимные телеграм-каналы", "unknown", T, F, N,
  "В начале июня в анонимных телеграм-каналах появились сообщения о том, что украинские военные будто бы вошли в Нехотеевку.")
g("b7-010", "Нехотеевке", "Nekhoteevka", "entered", "UA", D, "2024-06", "month", "relative", "областное правительство", "RU", F, F, N,
  "В областном правительстве назвали сообщения о Нехотеевке фейком и призвали жителей доверять только официальным источникам.")

# b7-011 Ukrainian outlet, Klishchiivka
g("b7-011", "Кліщіївка", "Klishchiivka", "liberated", "UA", A, "2023-09-17", "day", "relative", "Олександр Сирський", "UA", F, F, N,
  "Українські військові звільнили село Кліщіївка на Донеччині, повідомив у неділю командувач Сухопутних військ ЗСУ генерал-полковник Олександр Сирський.")
g("b7-011", "Курдюмівки", "Kurdiumivka", "advancing_toward", "UA", A, "2023-09-17", "day", "publication", "Олександр Сирський", "UA", F, F, N,
  "За його словами, українські підрозділи продовжують наступальні дії й просуваються до Курдюмівки, розташованої південніше.")
g("b7-011", "Кліщіївку", "Klishchiivka", "captured", "RU", A, "2023-01", "month", "relative", "outlet", "UA", F, T, N,
  "Окупанти захопили Кліщіївку в січні, після кількох тижнів штурмів.")
g("b7-011", "в селі", "Klishchiivka", "liberated", "UA", D, "2023-09-17", "day", "publication", "Міноборони Росії", "RU", T, F, N,
  "У Міноборони Росії заявили, що українські війська нібито не змогли закріпитися в селі і бої за Кліщіївку тривають.")
g("b7-011", "Кліщіївку", "Klishchiivka", "contested", N, A, "2023-09-17", "day", "publication", "Міноборони Росії", "RU", T, F, N,
  "У Міноборони Росії заявили, що українські війська нібито не змогли закріпитися в селі і бої за Кліщіївку тривають.")
g("b7-011", "Новомайорського", "Novomaiorske", "repelled_attack", "UA", A, "2023-09-17", "day", "relative", "речник Генштабу ЗСУ", "UA", F, F, N,
  "Тим часом речник Генштабу ЗСУ повідомив, що за минулу добу на півдні Донеччини Сили оборони відбили понад 20 атак, зокрема поблизу Новомайорського.")

# b7-012 Ukrainian feature, Borova
g("b7-012", "Борову", "Borova", "captured", "RU", A, "2022", "year", "explicit", "outlet", "UA", F, T, N,
  "Борову окупували навесні 2022 року, а звільнили восени того ж року, під час Харківського контрнаступу.")
g("b7-012", "Борову", "Borova", "liberated", "UA", A, "2022", "year", "explicit", "outlet", "UA", F, T, N,
  "Борову окупували навесні 2022 року, а звільнили восени того ж року, під час Харківського контрнаступу.")
g("b7-012", "Борової", "Borova", "advancing_toward", "RU", A, "2025-02-10", "day", "publication", "начальник селищної військової адміністрації", "UA", F, F, N,
  "Начальник селищної військової адміністрації розповів, що росіяни намагаються просунутися до Борової з боку Копанок і що ситуація «складна, але контрольована».")
g("b7-012", "Копанки", "Kopanky", "contested", N, A, "2025-02-10", "day", "publication", "начальник селищної військової адміністрації", "UA", F, F, N,
  "За його словами, Копанки зараз фактично перебувають у «сірій зоні», де тривають бої.")
g("b7-012", "Богуславку", "Bohuslavka", "entered", "RU", A, "2025-02", "month", "relative", "російські воєнкори", "RU", T, F, N,
  "Останніми днями російські воєнкори писали, що їхні штурмовики нібито зайшли в Богуславку, село північніше від Борової.")
g("b7-012", "Богуславці", "Bohuslavka", "entered", "RU", D, "2025-02-10", "day", "publication", "Українські військові", "UA", F, F, N,
  "Українські військові заперечують, що противник закріпився в Богуславці.")
g("b7-012", "Богуславка", "Bohuslavka", "controls", "UA", A, "2025-02-10", "day", "publication", "Віктор Трегубов", "UA", F, F, N,
  "«Богуславка під нашим контролем, жодного закріплення противника там немає», – сказав речник угруповання військ «Хортиця» Віктор Трегубов.")

# b7-013 Ukrainian local outlet, Sumy region
g("b7-013", "Кіндратівка", "Kindrativka", "captured", "UA", A, "2025-06-16", "day", "relative", "Генеральний штаб ЗСУ", "UA", F, F, N,
  "Українські підрозділи відновили контроль над селом Кіндратівка в Сумському районі, повідомили в понеділок у Генеральному штабі ЗСУ.")
g("b7-013", "Кіндратівка", "Kindrativka", "controls", "RU", A, "2025-06-17", "day", "publication", "російські пропагандистські канали", "RU", T, F, N,
  "Російські пропагандистські канали натомість стверджують, що Кіндратівка досі перебуває під контролем армії РФ.")
g("b7-013", "Садки", "Sadky", "contested", N, A, "2025-06-17", "day", "publication", "Олег Григоров", "UA", F, F, N,
  "Начальник Сумської обласної військової адміністрації Олег Григоров розповів, що запеклі бої тривають за Садки, де ворог намагається закріпитися вже кілька тижнів.")

# b7-014 Russian-language independent outlet, Kharkiv region
g("b7-014", "Степовая Новоселовка", "Stepova Novoselivka", "liberated", "RU", A, "2025-02-20", "day", "relative", "Министерство обороны России", "RU", T, F, N,
  "Министерство обороны России в четверг объявило об «освобождении» села Степовая Новоселовка в Харьковской области.")
g("b7-014", "село", "Stepova Novoselivka", "captured", "RU", A, "2025-02-21", "day", "publication", "DeepState", "UA", F, F, N,
  "Аналитики украинского проекта DeepState подтвердили, что российские войска заняли село, и отметили продвижение противника в сторону Глушковки.")
g("b7-014", "Глушковки", "Hlushkivka", "advancing_toward", "RU", A, "2025-02-21", "day", "publication", "DeepState", "UA", F, F, N,
  "Аналитики украинского проекта DeepState подтвердили, что российские войска заняли село, и отметили продвижение противника в сторону Глушковки.")
g("b7-014", "Степовой Новоселовки", "Stepova Novoselivka", "withdrew", "UA", A, "2025-02-21", "day", "publication", "Назар Волошин", "UA", F, F, N,
  "Представитель украинской группировки войск «Хортица» Назар Волошин в эфире телемарафона заявил, что украинские подразделения отошли из Степовой Новоселовки на более выгодные рубежи, чтобы сохранить личный состав.")
g("b7-014", "Степовая Новоселовка", "Stepova Novoselivka", "liberated", "UA", A, "2022-09", "month", "explicit", "outlet", "neutral", F, T, N,
  "Степовая Новоселовка была освобождена ВСУ в сентябре 2022 года, в ходе Харьковского контрнаступления.")

def main():
    from buildcheck import build

    build(ARTICLES, GOLD, HERE, prefix="b7", count=14, sudan=("b7-003", "b7-004"),
          langs={"en": 8, "ru": 3, "uk": 3}, kinds={"short": 8, "long": 6}, place_in_evidence=True)


if __name__ == "__main__":
    main()
