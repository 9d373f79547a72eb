#!/usr/bin/env python3
"""Blind evaluation set b5: 14 news reports (written from general knowledge) and gold
annotations of their territorial-control claims, following the guideline in
/work/shared/eval/dev/README.md.  Run: python3 build.py  (writes articles.jsonl,
gold.jsonl and the counts section of README.md, and checks everything)."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from buildcheck import collector  # noqa: E402

ARTICLES, art, GOLD, g = collector()


# ---------------------------------------------------------------------------------------
# b5-001  EN short  Kurakhove, January 2025
art("b5-001", "https://news.example.com/world/europe/2025/01/06/russia-claims-kurakhove",
    "Continental Wire", "2025-01-06",
    "Russia claims capture of Kurakhove as Ukraine says fighting goes on", """
Russia claims capture of Kurakhove as Ukraine says fighting goes on

KYIV, Jan 6 (Continental Wire) – Russia’s defence ministry claimed on Monday that its troops had taken full control of Kurakhove, a coal-and-power town in eastern Ukraine’s Donetsk region.

The ministry said on Telegram that units of its Southern group of forces had “liberated” Kurakhovo, using the Russian spelling, and published drone video of soldiers raising a flag over a damaged administrative building.

A spokesman for Ukraine’s Khortytsia group of forces, Viktor Trehubov, denied that the town had fallen. “Fighting is continuing around the thermal power plant on the western edge of Kurakhove,” he told national television.

The competing accounts could not be independently verified.

Russian forces took the nearby town of Selydove last October and have since pushed west along the Kurakhove reservoir. Military analysts said Moscow would likely try to use the area as a springboard for attacks toward the neighbouring Dnipropetrovsk region.

Read more: Russia says it has captured village near Pokrovsk

Ukraine’s general staff said on Monday its forces had fought off 38 Russian attacks on the Pokrovsk direction over the previous 24 hours, the heaviest pressure anywhere on the front line.

Before the war about 18,000 people lived in Kurakhove. Local officials say fewer than 1,000 remain, most of them elderly, sheltering in basements without heating or running water. Aid volunteers stopped driving into the town in November after several of their vans were hit by drones.

In Kyiv, President Volodymyr Zelenskiy met a delegation of European defence ministers to discuss air-defence deliveries, his office said.

(Reporting by the Continental Wire Kyiv bureau; editing by Mark Hollis)
""", "en", "short")

# ---------------------------------------------------------------------------------------
# b5-002  EN long  Pokrovsk / Myrnohrad, November 2025
art("b5-002", "https://www.meridian-news.example.org/2025/11/05/pokrovsk-winter-front",
    "Meridian News Service", "2025-11-05",
    "In Pokrovsk’s shadow, a front-line region braces for winter", """
In Pokrovsk’s shadow, a front-line region braces for winter

DOBROPILLIA, Ukraine, Nov 5 (Meridian) – The queue outside the aid point in Dobropillia starts before dawn. Tetiana, 67, who left her village near Pokrovsk in the summer, comes every Wednesday for bread, tinned meat and a sack of coal. “We hear the explosions at night. Every week the sound is closer,” she said.

About 20 kilometres to the south, the battle for Pokrovsk, once a logistics hub of 60,000 people, has entered what Ukrainian officers call its most dangerous phase. Russian assault groups have pushed into the city’s southern districts, Ukraine’s 7th Rapid Response Corps said on Tuesday, and are trying to slip further north in teams of two or three soldiers.

Street fighting is going on across Pokrovsk, according to the corps, which said its units had cleared several buildings near the railway station.

Russia’s defence ministry claimed on Monday that Ukrainian units in Krasnoarmeysk and Dimitrov, the Soviet-era names Moscow uses for Pokrovsk and neighbouring Myrnohrad, had been encircled and that their surrender was only a matter of time.

“There is no encirclement of Pokrovsk,” Ukraine’s commander-in-chief, Oleksandr Syrskyi, wrote on Telegram, saying supply routes into the city remained open although they were under constant drone attack. He did not comment on Myrnohrad.

For Myrnohrad, a smaller mining town just to the east, the picture is bleaker. A Ukrainian officer serving there said Russian drones were striking vehicles on the road out of town almost every day, and analysts at the Institute for the Study of War warned that Russian forces were threatening to cut that road altogether.

ISW assessed on Tuesday that Russian forces likely control most of southern Pokrovsk, though it said the situation in the city centre remained unclear.

In Kyiv, the fighting has become a backdrop to stalled diplomacy. European officials are drafting proposals for a ceasefire along the current line, while Moscow has insisted that Ukraine must withdraw from the parts of the Donetsk region it still holds as a condition for any deal.

Russian missile and drone strikes over the weekend knocked out power in parts of six regions, Ukraine’s energy ministry said, and the grid operator Ukrenergo introduced rolling blackouts of up to 12 hours a day in the Dnipropetrovsk and Kharkiv regions.

In Dobropillia itself, a glide bomb killed two people on Sunday and wounded eleven, regional governor Vadym Filashkin said. He urged the roughly 1,200 residents still living in Pokrovsk and Myrnohrad to leave while it was still possible.

Read more: Russia claims capture of village near Huliaipole

Russian forces captured Selydove in October 2024 and Kurakhove in January, and then turned north. The Pokrovsk direction has since absorbed more Russian attacks than any other part of the front, according to Ukraine’s general staff.

Mykola, a 45-year-old miner who moved his family to Dnipro in August, still drives back to check on his mother, who refuses to leave. “She says she was born here and will die here,” he said, loading bottled water into the boot of his car. “What can I do? I bring water.”

Ukrainian officers say they are fighting as much for time as for ground: every week Russian units spend there, they argue, is a week they cannot use elsewhere in Donetsk region, where Moscow’s next objectives are the cities of Kostiantynivka, Kramatorsk and Sloviansk.

Military hospitals in Dnipro and Zaporizhzhia report a steady flow of wounded from the sector, most of them hurt by drones rather than artillery, doctors said.

Subscribe to our morning briefing for the latest from Ukraine.
""", "en", "long")

# ---------------------------------------------------------------------------------------
# b5-003  EN short  Sudan: Khartoum, Republican Palace, March 2025
art("b5-003", "https://hornandnile.example.net/sudan/2025/03/21/army-retakes-republican-palace",
    "Horn & Nile Report", "2025-03-21",
    "Sudan’s army says it has retaken presidential palace in Khartoum", """
Sudan’s army says it has retaken presidential palace in Khartoum

KHARTOUM, March 21 – Sudan’s army said on Friday it had recaptured the Republican Palace in central Khartoum, the seat of government that the paramilitary Rapid Support Forces had held since the first days of the war in April 2023.

Army spokesman Nabil Abdallah said in a televised statement that troops had “completely cleared” the palace and nearby ministries of RSF fighters, and state television broadcast footage of soldiers chanting and waving rifles inside the palace grounds.

The RSF denied in a statement on Telegram that the palace had fallen, saying its fighters were still inflicting heavy losses on the army; the denial could not be independently verified.

Hours later, a drone strike on the palace killed several soldiers and members of a state television crew, military sources said.

The army has been advancing toward Khartoum’s international airport, a few kilometres east of the palace, and military sources said it expected to move on the airport within days.

In Omdurman, across the Nile, residents poured into the streets. “We have waited two years for this day,” said Amna, a secondary-school teacher.

The war, which began over plans to merge the RSF into the regular army, has killed tens of thousands of people and driven more than 12 million from their homes, according to the United Nations. The RSF still controls most of the Darfur region in the west, where it has announced plans to form a rival government.

Related: Aid agencies warn of famine in South Kordofan

Sign up for our weekly Sudan newsletter.
""", "en", "short")

# ---------------------------------------------------------------------------------------
# b5-004  EN long  Sudan: Kordofan (Bara, Babanusa, Um Rawaba), October 2025
art("b5-004", "https://saheldesk.example.com/2025/10/27/kordofan-bara-rsf",
    "Sahel Desk", "2025-10-27",
    "Fighting shifts to Kordofan as RSF claims key town of Bara", """
Fighting shifts to Kordofan as RSF claims key town of Bara

EL OBEID, Sudan, Oct 27 – For the third time in a month, Hawa Adam loaded what she could carry onto a donkey cart and set off along the sandy road south. “First the soldiers came, then the others, then the soldiers again. We do not wait to see who comes next,” said the 34-year-old mother of five, speaking by phone from a school in El Obeid that now shelters more than 400 displaced families.

The paramilitary Rapid Support Forces said on Saturday that they had seized Bara, a market town about 60 kilometres north of El Obeid, the capital of North Kordofan state, after heavy fighting with the army and allied militias.

Videos posted by RSF fighters appeared to show them in the town’s main market, though the footage could not be independently verified.

An army officer in El Obeid, speaking on condition of anonymity, said troops had pulled back from Bara to defensive positions closer to the city to avoid being cut off.

The army had retaken Bara in September, in what it described at the time as a turning point in the Kordofan campaign.

The fighting comes as mediators from the United States, Saudi Arabia, Egypt and the United Arab Emirates press both sides to accept a three-month humanitarian truce. Neither the army-led government in Port Sudan nor the RSF has formally responded, and previous ceasefire efforts collapsed within days.

In El Obeid, the price of a sack of sorghum has doubled in a month, and the city has had electricity for only a few hours a day since drones hit its main power station in September, residents said. Fuel is sold by the litre in plastic bottles.

Analysts say the RSF may now try to push on to El Obeid itself, a logistics hub with an airport and the army’s most important base in the region. “If they hold Bara, El Obeid is next on their list,” said a Khartoum-based analyst who asked not to be named.

Further west, in West Kordofan state, the army’s 22nd Infantry Division said it had repelled another RSF assault on Babanusa on Sunday, killing dozens of attackers.

The RSF has besieged Babanusa, the division’s base and a railway junction, since early 2024, and aid convoys have not reached the town in months. RSF commanders have repeatedly predicted that it will fall.

Officials in Um Rawaba, on the main road east toward Kosti, said the town remained firmly in army hands and that its markets had reopened after a week of closures.

The World Food Programme said on Monday it had been unable to send convoys into South Kordofan for six weeks, and warned that famine conditions were spreading among families who had fled the fighting.

The Sudan Doctors Network said at least 47 civilians were killed in Bara and surrounding villages during the latest fighting, and accused the RSF of executing men it suspected of supporting the army. The RSF denied targeting civilians and said it had opened “safe corridors” for residents.

Read more: Cholera spreads in displacement camps as rains end

The war between the army and the RSF broke out in Khartoum in April 2023. The army retook the capital in March this year, and since then the heaviest fighting has moved west, to the plains of Kordofan and to Darfur.

At the El Obeid school, volunteers cook one meal a day in a single pot. “The children ask when we are going home,” Hawa Adam said. “I tell them: when the shooting stops. I do not know when that is.”
""", "en", "long")

# ---------------------------------------------------------------------------------------
# b5-005  RU short  Toretsk (Dzerzhinsk), February 2025
art("b5-005", "https://vestnik-dnya.example.ru/2025/02/10/dzerzhinsk",
    "Вестник дня", "2025-02-10",
    "Минобороны России сообщило об освобождении Дзержинска", """
Минобороны России сообщило об освобождении Дзержинска

МОСКВА, 10 февраля. Подразделения группировки войск «Южный» освободили город Дзержинск (украинское название — Торецк) в Донецкой Народной Республике, сообщило в понедельник Министерство обороны РФ.

«В результате решительных действий штурмовых отрядов полностью освобождён населённый пункт Дзержинск», — говорится в сводке ведомства. По данным министерства, за время боёв за город противник потерял более 4,5 тысячи военнослужащих.

Бои за Дзержинск шли с лета прошлого года. Город, где до 2014 года проживали около 30 тысяч человек, был одним из центров угледобычи Донбасса; сейчас, по оценкам местных властей, в нём остаются несколько сотен жителей.

Глава ДНР Денис Пушилин в эфире телеканала «Россия-24» заявил, что в районе посёлка Щербиновка ещё идут бои. Он также пообещал, что эвакуация оставшихся мирных жителей начнётся сразу после разминирования дорог, а восстановление жилья — весной.

Украинская группировка «Хортица» опровергла сообщение российского ведомства, заявив, что бои в городе продолжаются.

Одновременно штурмовые отряды продвигаются в сторону Константиновки, добавили в Минобороны. На Константиновском направлении за сутки отражены четыре контратаки ВСУ, уточнили в ведомстве.

Военный эксперт Андрей Марочко считает, что в ближайшие месяцы российские войска смогут выйти к окраинам Константиновки и создать угрозу окружения для украинского гарнизона.

Читайте также: Пушилин рассказал о восстановлении Мариуполя

Читайте также: В Горловке после обстрела без света остались три квартала
""", "ru", "short")

# ---------------------------------------------------------------------------------------
# b5-006  RU long  Kursk region: Sudzha, March 2025
art("b5-006", "https://vektor-news.example.ru/politics/2025/03/13/sudzha",
    "Новостная служба «Вектор»", "2025-03-13",
    "Минобороны объявило об освобождении Суджи: что известно о ситуации в Курской области", """
Минобороны объявило об освобождении Суджи: что известно о ситуации в Курской области

Минобороны России в четверг объявило об освобождении Суджи — крупнейшего населённого пункта Курской области, который с августа прошлого года находился под контролем ВСУ.

«Подразделения группировки войск "Север" в ходе наступательных действий освободили населённый пункт Суджа», — говорится в сообщении ведомства. Там также отметили, что за сутки освобождены сёла Мельниковое и Подол.

Накануне, в среду, военное ведомство сообщало об освобождении Малой Локни, где, по данным военных, были окружены несколько сотен украинских военнослужащих.

В тот же день президент Владимир Путин впервые с начала вторжения ВСУ в регион посетил командный пункт группировки «Север». Он поручил «в кратчайшие сроки» окончательно разгромить противника на территории Курской области, а захваченных в плен боевиков предложил рассматривать как террористов.

Начальник Генштаба Валерий Герасимов доложил, что с начала операции освобождено более 1100 квадратных километров, или 86% территории, которую занимал противник.

В Киеве ситуацию комментируют скупо. Главнокомандующий ВСУ Александр Сырский в среду заявил, что «в случае необходимости» подразделения будут отходить на более выгодные рубежи, и отверг сообщения об окружении.

Украинский военный блогер Юрий Бутусов ещё во вторник написал в Telegram, что украинские части фактически оставили Суджу.

При этом Генштаб ВСУ в утренней сводке по-прежнему называет Суджу среди населённых пунктов, в районе которых идут бои.

По данным военкоров, бои продолжаются за Гончаровку к северу от Суджи, где у противника остаются укреплённые позиции.

Жители, остававшиеся в городе всё это время, рассказывают о месяцах без света, газа и связи. «Мы жили в подвале интерната, ели то, что приносили волонтёры и соседи», — говорит 72-летняя Валентина Ивановна, которую в среду вывезли в Курск.

Губернатор Александр Хинштейн заявил, что возвращение жителей возможно только после полного разминирования, на которое уйдут месяцы. По его словам, в пункты временного размещения в Курске уже доставлены более 100 эвакуированных, им выдают единовременные выплаты.

Читайте также: Хинштейн рассказал о сроках восстановления Суджи

В Курске тем временем продолжает работать оперативный штаб по оказанию помощи жителям приграничья. По данным областного правительства, с августа прошлого года через пункты временного размещения прошли более 30 тысяч человек, а выплаты за утраченное жильё получили около 12 тысяч семей. Волонтёры собирают для вывезенных из Суджи одежду, лекарства и средства гигиены. «Многие приехали в чём были, у некоторых нет даже документов», — рассказывает координатор пункта помощи Ольга Сергеева.

Ранее в Совфеде заявили, что восстановление разрушенных школ, больниц и дорог в районе займёт не менее двух лет, а средства на это будут выделены из федерального бюджета.

Газоизмерительная станция «Суджа», через которую до января шёл транзит российского газа в Европу, по данным военных, серьёзно повреждена. В «Газпроме» ситуацию не комментируют.

В августе атаки ВСУ на посёлок Коренево были отбиты.

На фоне событий в Курской области в Москву прибыл спецпосланник президента США Стив Уиткофф. В Кремле заявили, что внимательно изучат предложение о 30-дневном перемирии, которое Украина приняла на переговорах в Джидде, но добавили, что у России «есть вопросы».

Военные эксперты полагают, что в ближайшие недели ВСУ будут полностью вытеснены из региона, после чего бои могут переместиться в приграничные районы Сумской области.

Подписывайтесь на наш канал в Telegram
""", "ru", "long")

# ---------------------------------------------------------------------------------------
# b5-007  UK short  Chasiv Yar, July 2025
art("b5-007", "https://frontovi-novyny.example.com.ua/news/2025/07/31/chasiv-yar",
    "Фронтові новини", "2025-07-31",
    "Генштаб спростував заяви росіян про захоплення Часового Яру", """
Генштаб спростував заяви росіян про захоплення Часового Яру

Міністерство оборони РФ у четвер заявило, що російські війська нібито «повністю звільнили» Часів Яр на Донеччині. Відомство поширило в Telegram відео, на якому окупанти розгортають прапор над зруйнованою багатоповерхівкою.

Генеральний штаб ЗСУ назвав цю заяву черговою дезінформацією. «Часів Яр не захоплено. Сили оборони утримують позиції в західній частині міста», — йдеться в повідомленні Генштабу.

У Генштабі додали, що бої за місто тривають, а противник зазнає значних втрат.

За даними аналітиків DeepState, під контролем росіян перебуває близько 85% території міста.

Речник 24-ї окремої механізованої бригади імені короля Данила розповів, що за минулу добу українські військові відбили три штурми в районі вогнетривкого заводу в Часовому Яру.

Бої за Часів Яр тривають з квітня 2024 року. До повномасштабного вторгнення в місті мешкали близько 12 тисяч людей, нині там не залишилося жодного цивільного, кажуть у місцевій адміністрації.

Місто розташоване на висоті, з якої добре проглядаються Костянтинівка, Дружківка та Краматорськ, тому військові експерти називають його ключем до оборони агломерації.

Загалом на Костянтинівському напрямку за добу зафіксовано 19 боєзіткнень, повідомили в Генштабі.

У Кремлі неодноразово заявляли про намір «звільнити» всю Донецьку область.

Читайте також: ЗСУ відбили штурм поблизу Костянтинівки

Читайте також: Як живе Дружківка за 20 кілометрів від фронту
""", "uk", "short")

# ---------------------------------------------------------------------------------------
# b5-008  UK long  Kupiansk, November 2025
art("b5-008", "https://shchodennyi-visnyk.example.com.ua/war/2025/11/21/kupiansk",
    "Щоденний вісник", "2025-11-21",
    "Куп’янськ: між заявами Герасимова і реальністю на землі", """
Куп’янськ: між заявами Герасимова і реальністю на землі

Начальник російського Генштабу Валерій Герасимов у четвер під час наради з Володимиром Путіним заявив, що російські війська нібито захопили Куп’янськ на Харківщині. За його словами, місто взяли підрозділи угруповання «Захід».

В Угрупованні об’єднаних сил це спростували. «Заява про захоплення Куп’янська не відповідає дійсності. Переважну частину міста контролюють Сили оборони України», — наголосили там.

За даними угруповання, у північній частині Куп’янська перебувають кілька десятків російських військових, які просочилися туди малими групами. Триває їх пошук і знищення.

Аналітики американського Інституту вивчення війни (ISW) назвали неправдивою заяву Герасимова про захоплення Куп’янська, пославшись на відсутність геолокованих підтверджень.

Навіть окремі російські воєнкори визнали, що бої в місті тривають.

У самому Куп’янську, за даними міської військової адміністрації, залишаються близько 800 мешканців. Евакуація можлива лише в короткі «вікна» між атаками дронів. «Газу немає з весни, світла — з вересня. Гріємося буржуйкою, воду беремо з криниці», — розповідає 70-річна пані Ніна, яка живе на лівому березі Осколу.

Після масованої атаки на енергетику в ніч на середу в Харківській області знеструмлено понад 200 тисяч споживачів, повідомили в обленерго. Ремонтні бригади працюють цілодобово, але в прифронтових громадах відновити живлення поки неможливо.

Водночас, за даними DeepState, російські війська наблизилися до околиць Куп’янська-Вузлового з північного сходу.

У Генштабі ЗСУ повідомили, що за минулу добу оборонці відбили штурм Петропавлівки. Загалом на Куп’янському напрямку за добу відбулося 14 боєзіткнень.

Читайте також: Росіяни вдарили по Харкову: є загиблі

Росія окупувала Куп’янськ у перші дні повномасштабного вторгнення: 27 лютого 2022 року тодішній міський голова Геннадій Мацегора без бою впустив російські війська до міста. Нині він перебуває під вартою в Україні.

Заява Герасимова пролунала на тлі обговорення так званого «мирного плану» з 28 пунктів, який передали Києву американські посередники. За оцінкою експертів, Москва прагне продемонструвати «успіхи» на фронті, щоб посилити свої позиції на переговорах. Президент Володимир Зеленський заявив, що Україна не погодиться на умови, які означали б капітуляцію.

За оцінкою ЗСУ, російське командування планує до кінця року вийти до Осколу на всій ділянці фронту і створити плацдарм для наступу на Ізюм.

Тим часом у Харкові рятувальники завершили розбір завалів п’ятиповерхівки, у яку в середу влучила російська ракета. За даними обласної прокуратури, загинули четверо людей, ще 17 поранені, серед них двоє дітей. Начальник обласної військової адміністрації Олег Синєгубов закликав мешканців не ігнорувати сигнали повітряної тривоги.

Пенсійний фонд повідомив, що мешканці прифронтових громад Харківщини, які виїхали до інших областей, можуть отримувати виплати без повторного оформлення документів. У Куп’янській громаді всі школи працюють дистанційно вже третій рік поспіль, а вчителі проводять уроки з укриттів у Харкові та Балаклії.

Місцеві підприємці, які перевезли бізнес до Харкова, розповідають, що сподіваються колись повернутися. «У мене була пекарня на центральній вулиці. Від неї залишилися тільки стіни, але я зберіг ключі», — каже Віктор, який тепер пече хліб для військових і переселенців.

Волонтери, які возять у громаду хліб і ліки, розповідають, що місцеві мешканці дедалі частіше просять вивезти їх звідти. «Раніше відмовлялися, тепер самі телефонують. Страшно стало навіть тим, хто пережив окупацію», — каже волонтер Олександр.

Підписуйтесь на наш Telegram-канал
""", "uk", "long")

# ---------------------------------------------------------------------------------------
# b5-009  EN short  Snake Island, June 2022
art("b5-009", "https://blacksea-bulletin.example.org/2022/06/30/snake-island-withdrawal",
    "Black Sea Bulletin", "2022-06-30",
    "Russia pulls troops off Snake Island in ‘goodwill gesture’; Kyiv says they fled", """
Russia pulls troops off Snake Island in ‘goodwill gesture’; Kyiv says they fled

ODESA, June 30 – Russia said on Thursday it had withdrawn its forces from Snake Island, the rocky outcrop in the Black Sea that it seized on February 24, the first day of the invasion, describing the move as a “goodwill gesture” meant to show it was not obstructing grain exports.

Defence ministry spokesman Igor Konashenkov said the garrison had “completed its tasks” and left the island.

Ukraine’s military told a different story. Commander-in-chief Valeriy Zaluzhnyi said Russian troops had fled in two speedboats overnight after a barrage of Ukrainian artillery and missile strikes.

Natalia Humeniuk, spokeswoman for Ukraine’s Southern Command, said Ukrainian troops had not yet landed on the island, which remained within range of Russian warships, and that engineers would first need to check it for mines.

Footage released by the Ukrainian military on Thursday appeared to show thick smoke rising over the island’s jetty. It could not be independently verified.

The island, which lies about 35 km off the coast, became a symbol of Ukrainian defiance after its border guards told a Russian warship to go away in colourful terms in February. The cruiser Moskva, flagship of Russia’s Black Sea Fleet, sank in April after what Kyiv said was a Ukrainian missile strike.

Analysts said the withdrawal could weaken Russia’s grip on shipping lanes off Odesa and make it harder to enforce a naval blockade of Ukrainian ports.

Related: Turkey proposes sea corridor for Ukrainian grain

Follow our live coverage of the war in Ukraine.
""", "en", "short")

# ---------------------------------------------------------------------------------------
# b5-010  EN long  Kyiv oblast (Bucha, Irpin, Hostomel) and Chernihiv, April 2022
art("b5-010", "https://atlantic-dispatch.example.com/europe/2022/04/03/kyiv-suburbs-after-pullback",
    "Atlantic Dispatch", "2022-04-03",
    "After Russian pullback, Kyiv’s suburbs count the cost", """
After Russian pullback, Kyiv’s suburbs count the cost

BUCHA, Ukraine, April 3 – The bodies lay where they had fallen on Yablunska Street, some with their hands tied behind their backs. Residents emerging from basements after a month in hiding said they had not been able to bury them because soldiers shot at anyone who went outside.

Bucha’s mayor, Anatoliy Fedoruk, said in a video on March 31 that the town had been liberated by the Ukrainian armed forces. The last Russian columns left Bucha on March 30, he said.

Ukraine’s prosecutor-general said on Sunday that the bodies of 410 civilians had been recovered from towns around the capital so far, and that investigators were treating the killings as possible war crimes. Moscow denied any involvement and called the images a provocation.

In neighbouring Irpin, where the mayor, Oleksandr Markushin, declared on March 28 that the town had been “liberated”, soldiers were still clearing the ruins near the destroyed road bridge and checking cellars for booby traps.

The recapture of the Antonov airfield at Hostomel, where Russian paratroopers seized the runway after landing by helicopter on February 24, was confirmed by Ukrainian officials on Saturday. The giant An-225 cargo plane lay wrecked in its hangar.

Deputy Defence Minister Hanna Maliar said on Saturday that the entire Kyiv region had been freed from the invaders.

Russia’s defence ministry has described the pullback as a planned regrouping, saying its units had completed their tasks in the Kyiv direction and would now concentrate on the “liberation” of Donbas.

To the north-east, Chernihiv’s regional governor, Viacheslav Chaus, said Russian troops had pulled back from the outskirts of the city, which they had besieged since late February, though he warned that mines and unexploded shells remained everywhere.

In Borodianka, further west, Ukrainian soldiers reportedly entered the town on Friday, but said many of the bombed apartment blocks were too unstable to search for survivors.

The withdrawal followed peace talks in Istanbul on Tuesday, after which Moscow promised to “drastically reduce” military activity around Kyiv and Chernihiv. Ukrainian and Western officials said the pullback was not a gesture of goodwill but a retreat forced by heavy losses, and warned that the troops were being regrouped for a new offensive in the east.

President Volodymyr Zelenskiy, in his nightly address, told residents not to rush home. “They are mining everything: houses, equipment, even the bodies of the dead,” he said.

Volunteers from Kyiv drove vans of bread, baby formula and medicines into Irpin and Bucha on Sunday, queuing for hours at checkpoints where soldiers searched every car.

“They took our phones and our car. They lived in our neighbour’s house for three weeks and drank everything in his cellar,” said Olena, 59, standing at the gate of her house in Bucha. “When they left, they took his washing machine.”

Power and water have not yet been restored in much of Irpin and Hostomel, regional authorities said, and gas engineers have begun inspecting damaged pipelines street by street. Schools will stay closed until at least the end of April.

Read more: Ukraine’s grain exports plunge as ports stay closed

In Kyiv itself, some shops and cafes reopened over the weekend and traffic returned to the main boulevards, although the night-time curfew remains in force and air-raid sirens still sound several times a day.
""", "en", "long")

# ---------------------------------------------------------------------------------------
# b5-011  EN short  Velyka Novosilka, January 2025
art("b5-011", "https://eastern-front-monitor.example.net/2025/01/27/velyka-novosilka",
    "Eastern Front Monitor", "2025-01-27",
    "Russia says it has taken Velyka Novosilka; Ukraine confirms pullback", """
Russia says it has taken Velyka Novosilka; Ukraine confirms pullback

KYIV, Jan 27 – Russia’s defence ministry said on Sunday that its forces had captured Velyka Novosilka, a large village in southern Donetsk region that had been on the front line for almost three years.

The ministry, which calls the settlement Velikaya Novoselka, said units of its Vostok group had “liberated” it after weeks of fighting on its flanks.

On Monday, a spokesman for Ukraine’s Khortytsia group of forces, Viktor Trehubov, said Ukrainian units had withdrawn from the village to avoid being encircled. Some soldiers were still holding positions on its northern edge, he added.

The capture of Velyka Novosilka is Russia’s most significant gain in the south of Donetsk region in months and brings its troops close to the boundary with the Dnipropetrovsk region.

Ukrainian troops had retaken Staromaiorske, a few kilometres to the south, during the counteroffensive of summer 2023, one of the few gains of that campaign.

Russian military bloggers said the next target would be the villages along the Mokri Yaly river and predicted a push toward the Dnipropetrovsk region border.

Ukraine’s general staff reported 11 clashes on the Novopavlivka direction and six on the Huliaipole direction over the past day.

Read more: Ukraine says it struck oil depot in Russia’s Bryansk region

Before the war, about 5,000 people lived in Velyka Novosilka, a district centre known for its grain elevator and a Greek-speaking community. Only a few dozen residents remained in recent weeks, local officials said.
""", "en", "short")

# ---------------------------------------------------------------------------------------
# b5-012  EN long  Zaporizhzhia NPP, Huliaipole, Stepnohirsk, November 2025
art("b5-012", "https://news.example.com/world/europe/2025/11/24/zaporizhzhia-plant-huliaipole",
    "Continental Wire", "2025-11-24",
    "Repairs at Zaporizhzhia nuclear plant as fighting rages in the south-east", """
Repairs at Zaporizhzhia nuclear plant as fighting rages in the south-east

ZAPORIZHZHIA, Ukraine, Nov 24 (Continental Wire) – Engineers worked through the weekend to restore a backup power line to the Zaporizhzhia nuclear power plant under a local truce brokered by the International Atomic Energy Agency, the agency said on Monday, as fighting intensified less than 100 km to the east.

The plant, Europe’s largest, has been held by Russian forces since March 2022, and its six reactors have been in cold shutdown for more than three years.

IAEA chief Rafael Grossi said the repair was “a small but vital step” and again urged both sides to refrain from military activity near the site. The plant lost all off-site power for a month this autumn, the longest such outage of the war, and had to rely on diesel generators to cool its reactors and spent fuel.

Rosatom, the Russian state nuclear company that now runs the plant through a subsidiary, said it hoped to restart at least one reactor next year, a step Kyiv and the IAEA have warned would be unsafe while fighting continues.

Nikopol remains in Ukrainian hands across the reservoir from the plant. The city was shelled 19 times over the weekend, regional governor Serhiy Lysak said, and one woman was killed.

Further east, Vladyslav Voloshyn, a spokesman for Ukraine’s Southern Defence Forces, said on Sunday that small Russian groups had entered Huliaipole from the east after weeks of attacks. He also denied on Sunday that the town was surrounded, but called the situation “difficult”.

Russia’s defence ministry claimed on Sunday that its troops had captured Rivnopillia and Yablukove, two villages north-east of Huliaipole, and were continuing to advance toward the town.

Voloshyn said Ukrainian troops had pulled back from Uspenivka to more defensible positions last week.

Related: IAEA says drone hit training centre at Zaporizhzhia plant

Further west, the 65th Mechanised Brigade said it had repelled four Russian assaults on Stepnohirsk on Saturday, and that the village remained under Ukrainian control.

Ukraine’s general staff reported 23 clashes on the Huliaipole direction and 11 on the Orikhiv direction over the past day.

If Huliaipole falls, military analysts say, Russian forces would be able to threaten Orikhiv from the east and bring more of Zaporizhzhia city within range of their glide bombs.

The city is already under daily attack. A strike on Saturday killed five people and damaged a kindergarten and dozens of apartment blocks, regional governor Ivan Fedorov said.

Liudmyla, 63, who left Huliaipole last month for Zaporizhzhia, said her street had been shelled every day since the summer. “There was nothing left to stay for – no water, no gas, no shop,” she said at a shelter for displaced people. “My neighbours are still there. They say they are too old to start again.”

In Geneva, U.S. and Ukrainian officials met on Sunday to discuss a revised version of a U.S. peace plan. Its earlier draft, which Kyiv said it could not accept, envisaged electricity from the nuclear plant being split between Russia and Ukraine under IAEA supervision.

In Enerhodar, the plant’s satellite town, residents reported hours-long power cuts and a shortage of medicines, according to messages shared on local Telegram channels.
""", "en", "long")

# ---------------------------------------------------------------------------------------
# b5-013  EN short  Belgorod border raid (Kozinka, Graivoron), May 2023
art("b5-013", "https://bordertimes.example.org/russia/2023/05/23/belgorod-raid-repelled",
    "Border Times", "2023-05-23",
    "Russia says it repelled cross-border raid in Belgorod region", """
Russia says it repelled cross-border raid in Belgorod region

MOSCOW, May 23 – Russia said on Tuesday it had routed a group of armed saboteurs who crossed into the Belgorod region from Ukraine, a day after the raid forced the evacuation of villages along the border.

Russia’s defence ministry said on Tuesday that the attackers had been “blocked and routed” near the village of Kozinka and that the remnants had been pushed back into Ukrainian territory. It said more than 70 of them had been killed.

The Freedom of Russia Legion, a unit of Russian volunteers fighting on Ukraine’s side, had claimed on Monday that it had “completely liberated” Kozinka and that its forward units had entered the outskirts of Graivoron, the district centre. Neither claim could be independently verified.

Ukraine’s military intelligence said the operation had been carried out solely by Russian citizens and denied that Ukrainian troops were involved. The Legion vowed to push deeper into Russia in the coming weeks.

Belgorod governor Vyacheslav Gladkov said one civilian had been killed and several houses damaged by shelling in Graivoron, and that a “counter-terrorist operation” regime remained in force across the region.

“We heard shooting from the direction of the border all night. In the morning the buses came and took us to Belgorod,” said a woman from Graivoron who gave her name as Irina.

The Kremlin said the raid was intended to distract attention from Ukraine’s setbacks on the front line, and Russian state television called the attackers “terrorists”.

Related: Drone hits administrative building in Belgorod

Sign up for our daily Russia briefing.
""", "en", "short")

# ---------------------------------------------------------------------------------------
# b5-014  EN short  Mariupol / Azovstal, undated explainer (published: null)
art("b5-014", "https://global-affairs-digest.example.com/explainers/azovstal",
    "Global Affairs Digest", None,
    "How the siege of Azovstal ended", """
How the siege of Azovstal ended

Russia’s defence ministry announced on 20 May 2022 that the Azovstal steelworks in Mariupol had been “completely liberated”, after the last 531 Ukrainian fighters holed up in the plant’s tunnels laid down their arms.

Ukraine’s military had said on 16 May 2022 that the Mariupol garrison had “fulfilled its combat mission” and that commanders had been ordered to save the lives of their soldiers. Wounded fighters were taken by bus to Novoazovsk, and others to a prison camp at Olenivka.

Russian forces had blockaded the plant since mid-April 2022, when President Vladimir Putin told Defence Minister Sergei Shoigu to call off a planned storming and instead seal off the industrial zone “so that not even a fly can get through”.

At the same meeting, on 21 April 2022, Shoigu reported that the rest of Mariupol had been “liberated”. Kyiv rejected that claim the same day, saying its troops still held the Azovstal plant.

The United Nations and the Red Cross organised the evacuation of several hundred civilians from the plant’s bunkers in late April and early May, after weeks of negotiations.

Mariupol, a port city of about 430,000 people before the war, remains under Russian occupation. Ukrainian officials estimate that thousands of civilians were killed during the months of fighting.

Related: What happened at Olenivka

Share this article
""", "en", "short")


# ---------------------------------------------------------------------------------------
# Gold.  g(article, place as written, canonical, claim_type, actor, polarity, event_date,
#          date_precision, date_basis, source_of_claim, source_side, hedged, background,
#          extent, evidence)
A, D = "affirmed", "denied"
T, F = True, False

# b5-001
a = "b5-001"
g(a, "Kurakhove", "Kurakhove", "captured", "RU", A, "2025-01-06", "day", "relative",
  "Russia's defence ministry", "RU", T, F, None,
  "KYIV, Jan 6 (Continental Wire) – Russia’s defence ministry claimed on Monday that its troops had taken full control of Kurakhove, a coal-and-power town in eastern Ukraine’s Donetsk region.")
g(a, "the town", "Kurakhove", "captured", "RU", D, "2025-01-06", "day", "publication",
  "Viktor Trehubov, Khortytsia group of forces", "UA", T, F, None,
  "A spokesman for Ukraine’s Khortytsia group of forces, Viktor Trehubov, denied that the town had fallen.")
g(a, "Kurakhove", "Kurakhove", "contested", None, A, "2025-01-06", "day", "publication",
  "Viktor Trehubov, Khortytsia group of forces", "UA", T, F,
  "around the thermal power plant on the western edge",
  "“Fighting is continuing around the thermal power plant on the western edge of Kurakhove,” he told national television.")
g(a, "Selydove", "Selydove", "captured", "RU", A, "2024-10", "month", "relative",
  "outlet", "neutral", F, T, None,
  "Russian forces took the nearby town of Selydove last October and have since pushed west along the Kurakhove reservoir.")

# b5-002
a = "b5-002"
g(a, "the city", "Pokrovsk", "entered", "RU", A, "2025-11-04", "day", "relative",
  "Ukraine's 7th Rapid Response Corps", "UA", F, F, "southern districts",
  "Russian assault groups have pushed into the city’s southern districts, Ukraine’s 7th Rapid Response Corps said on Tuesday, and are trying to slip further north in teams of two or three soldiers.")
g(a, "Pokrovsk", "Pokrovsk", "contested", None, A, "2025-11-05", "day", "publication",
  "Ukraine's 7th Rapid Response Corps", "UA", F, F, None,
  "Street fighting is going on across Pokrovsk, according to the corps, which said its units had cleared several buildings near the railway station.")
g(a, "Pokrovsk", "Pokrovsk", "contested", None, A, "2025-11-05", "day", "publication",
  "outlet", "neutral", F, F, None,
  "About 20 kilometres to the south, the battle for Pokrovsk, once a logistics hub of 60,000 people, has entered what Ukrainian officers call its most dangerous phase.")
g(a, "Krasnoarmeysk", "Pokrovsk", "encircled/blockaded", "RU", A, "2025-11-03", "day", "relative",
  "Russia's defence ministry", "RU", T, F, None,
  "Russia’s defence ministry claimed on Monday that Ukrainian units in Krasnoarmeysk and Dimitrov, the Soviet-era names Moscow uses for Pokrovsk and neighbouring Myrnohrad, had been encircled and that their surrender was only a matter of time.")
g(a, "Dimitrov", "Myrnohrad", "encircled/blockaded", "RU", A, "2025-11-03", "day", "relative",
  "Russia's defence ministry", "RU", T, F, None,
  "Russia’s defence ministry claimed on Monday that Ukrainian units in Krasnoarmeysk and Dimitrov, the Soviet-era names Moscow uses for Pokrovsk and neighbouring Myrnohrad, had been encircled and that their surrender was only a matter of time.")
g(a, "Pokrovsk", "Pokrovsk", "encircled/blockaded", "RU", D, "2025-11-05", "day", "publication",
  "Oleksandr Syrskyi, Ukraine's commander-in-chief", "UA", F, F, None,
  "“There is no encirclement of Pokrovsk,” Ukraine’s commander-in-chief, Oleksandr Syrskyi, wrote on Telegram, saying supply routes into the city remained open although they were under constant drone attack.")
g(a, "southern Pokrovsk", "Pokrovsk", "controls", "RU", A, "2025-11-04", "day", "relative",
  "ISW", "neutral", T, F, "most of southern Pokrovsk",
  "ISW assessed on Tuesday that Russian forces likely control most of southern Pokrovsk, though it said the situation in the city centre remained unclear.")
g(a, "Selydove", "Selydove", "captured", "RU", A, "2024-10", "month", "explicit",
  "outlet", "neutral", F, T, None,
  "Russian forces captured Selydove in October 2024 and Kurakhove in January, and then turned north.")
g(a, "Kurakhove", "Kurakhove", "captured", "RU", A, "2025-01", "month", "relative",
  "outlet", "neutral", F, T, None,
  "Russian forces captured Selydove in October 2024 and Kurakhove in January, and then turned north.")

# b5-003
a = "b5-003"
g(a, "the Republican Palace", "Khartoum", "captured", "SAF", A, "2025-03-21", "day", "relative",
  "Sudan's army", "SAF", F, F, "Republican Palace",
  "KHARTOUM, March 21 – Sudan’s army said on Friday it had recaptured the Republican Palace in central Khartoum, the seat of government that the paramilitary Rapid Support Forces had held since the first days of the war in April 2023.")
g(a, "the Republican Palace", "Khartoum", "controls", "RSF", A, "2023-04", "month", "since",
  "outlet", "neutral", F, T, "Republican Palace",
  "KHARTOUM, March 21 – Sudan’s army said on Friday it had recaptured the Republican Palace in central Khartoum, the seat of government that the paramilitary Rapid Support Forces had held since the first days of the war in April 2023.")
g(a, "the palace", "Khartoum", "captured", "SAF", D, "2025-03-21", "day", "publication",
  "RSF", "RSF", T, F, "Republican Palace",
  "The RSF denied in a statement on Telegram that the palace had fallen, saying its fighters were still inflicting heavy losses on the army; the denial could not be independently verified.")
g(a, "Khartoum’s international airport", "Khartoum", "advancing_toward", "SAF", A, "2025-03-21", "day", "publication",
  "outlet", "neutral", F, F, "international airport",
  "The army has been advancing toward Khartoum’s international airport, a few kilometres east of the palace, and military sources said it expected to move on the airport within days.")

# b5-004
a = "b5-004"
g(a, "Bara", "Bara", "captured", "RSF", A, "2025-10-25", "day", "relative",
  "Rapid Support Forces", "RSF", F, F, None,
  "The paramilitary Rapid Support Forces said on Saturday that they had seized Bara, a market town about 60 kilometres north of El Obeid, the capital of North Kordofan state, after heavy fighting with the army and allied militias.")
g(a, "the town’s main market", "Bara", "entered", "RSF", A, "2025-10-27", "day", "publication",
  "videos posted by RSF fighters", "RSF", T, F, "main market",
  "Videos posted by RSF fighters appeared to show them in the town’s main market, though the footage could not be independently verified.")
g(a, "Bara", "Bara", "withdrew", "SAF", A, "2025-10-27", "day", "publication",
  "an army officer in El Obeid", "SAF", F, F, None,
  "An army officer in El Obeid, speaking on condition of anonymity, said troops had pulled back from Bara to defensive positions closer to the city to avoid being cut off.")
g(a, "Bara", "Bara", "captured", "SAF", A, "2025-09", "month", "relative",
  "outlet", "neutral", F, T, None,
  "The army had retaken Bara in September, in what it described at the time as a turning point in the Kordofan campaign.")
g(a, "Babanusa", "Babanusa", "repelled_attack", "SAF", A, "2025-10-26", "day", "relative",
  "the army's 22nd Infantry Division", "SAF", F, F, None,
  "Further west, in West Kordofan state, the army’s 22nd Infantry Division said it had repelled another RSF assault on Babanusa on Sunday, killing dozens of attackers.")
g(a, "Babanusa", "Babanusa", "encircled/blockaded", "RSF", A, "2024", "year", "since",
  "outlet", "neutral", F, F, None,
  "The RSF has besieged Babanusa, the division’s base and a railway junction, since early 2024, and aid convoys have not reached the town in months.")
g(a, "Um Rawaba", "Um Rawaba", "controls", "SAF", A, "2025-10-27", "day", "publication",
  "officials in Um Rawaba", "SAF", F, F, None,
  "Officials in Um Rawaba, on the main road east toward Kosti, said the town remained firmly in army hands and that its markets had reopened after a week of closures.")
g(a, "the capital", "Khartoum", "captured", "SAF", A, "2025-03", "month", "relative",
  "outlet", "neutral", F, T, None,
  "The army retook the capital in March this year, and since then the heaviest fighting has moved west, to the plains of Kordofan and to Darfur.")

# b5-005
a = "b5-005"
g(a, "город Дзержинск", "Toretsk", "liberated", "RU", A, "2025-02-10", "day", "relative",
  "Министерство обороны РФ", "RU", F, F, None,
  "МОСКВА, 10 февраля. Подразделения группировки войск «Южный» освободили город Дзержинск (украинское название — Торецк) в Донецкой Народной Республике, сообщило в понедельник Министерство обороны РФ.")
g(a, "Дзержинск", "Toretsk", "contested", None, A, "2024", "year", "since",
  "outlet", "RU", F, T, None,
  "Бои за Дзержинск шли с лета прошлого года.")
g(a, "посёлка Щербиновка", "Shcherbynivka", "contested", None, A, "2025-02-10", "day", "publication",
  "Денис Пушилин, глава ДНР", "RU", F, F, None,
  "Глава ДНР Денис Пушилин в эфире телеканала «Россия-24» заявил, что в районе посёлка Щербиновка ещё идут бои.")
g(a, "в городе", "Toretsk", "captured", "RU", D, "2025-02-10", "day", "publication",
  "группировка «Хортица»", "UA", F, F, None,
  "Украинская группировка «Хортица» опровергла сообщение российского ведомства, заявив, что бои в городе продолжаются.")
g(a, "в городе", "Toretsk", "contested", None, A, "2025-02-10", "day", "publication",
  "группировка «Хортица»", "UA", F, F, None,
  "Украинская группировка «Хортица» опровергла сообщение российского ведомства, заявив, что бои в городе продолжаются.")
g(a, "Константиновки", "Kostiantynivka", "advancing_toward", "RU", A, "2025-02-10", "day", "publication",
  "Министерство обороны РФ", "RU", F, F, None,
  "Одновременно штурмовые отряды продвигаются в сторону Константиновки, добавили в Минобороны.")

# b5-006
a = "b5-006"
g(a, "Суджи", "Sudzha", "liberated", "RU", A, "2025-03-13", "day", "relative",
  "Минобороны России", "RU", F, F, None,
  "Минобороны России в четверг объявило об освобождении Суджи — крупнейшего населённого пункта Курской области, который с августа прошлого года находился под контролем ВСУ.")
g(a, "Суджи", "Sudzha", "controls", "UA", A, "2024-08", "month", "since",
  "outlet", "RU", F, T, None,
  "Минобороны России в четверг объявило об освобождении Суджи — крупнейшего населённого пункта Курской области, который с августа прошлого года находился под контролем ВСУ.")
g(a, "Мельниковое", "Melnikovoye", "liberated", "RU", A, "2025-03-13", "day", "relative",
  "Минобороны России", "RU", F, F, None,
  "Там также отметили, что за сутки освобождены сёла Мельниковое и Подол.")
g(a, "Подол", "Podol", "liberated", "RU", A, "2025-03-13", "day", "relative",
  "Минобороны России", "RU", F, F, None,
  "Там также отметили, что за сутки освобождены сёла Мельниковое и Подол.")
g(a, "Малой Локни", "Malaya Loknya", "liberated", "RU", A, "2025-03-12", "day", "relative",
  "Минобороны России", "RU", F, F, None,
  "Накануне, в среду, военное ведомство сообщало об освобождении Малой Локни, где, по данным военных, были окружены несколько сотен украинских военнослужащих.")
g(a, "Малой Локни", "Malaya Loknya", "encircled/blockaded", "RU", A, "2025-03-12", "day", "relative",
  "Минобороны России", "RU", F, F, None,
  "Накануне, в среду, военное ведомство сообщало об освобождении Малой Локни, где, по данным военных, были окружены несколько сотен украинских военнослужащих.")
g(a, "Суджу", "Sudzha", "withdrew", "UA", A, "2025-03-11", "day", "relative",
  "Юрий Бутусов, украинский военный блогер", "UA", F, F, None,
  "Украинский военный блогер Юрий Бутусов ещё во вторник написал в Telegram, что украинские части фактически оставили Суджу.")
g(a, "Суджу", "Sudzha", "contested", None, A, "2025-03-13", "day", "publication",
  "Генштаб ВСУ", "UA", F, F, None,
  "При этом Генштаб ВСУ в утренней сводке по-прежнему называет Суджу среди населённых пунктов, в районе которых идут бои.")
g(a, "Гончаровку", "Goncharovka", "contested", None, A, "2025-03-13", "day", "publication",
  "военкоры", "RU", F, F, None,
  "По данным военкоров, бои продолжаются за Гончаровку к северу от Суджи, где у противника остаются укреплённые позиции.")
g(a, "посёлок Коренево", "Korenevo", "repelled_attack", "RU", A, "2024-08", "month", "relative",
  "outlet", "RU", F, T, None,
  "В августе атаки ВСУ на посёлок Коренево были отбиты.")

# b5-007
a = "b5-007"
g(a, "Часів Яр", "Chasiv Yar", "liberated", "RU", A, "2025-07-31", "day", "relative",
  "Міністерство оборони РФ", "RU", T, F, None,
  "Міністерство оборони РФ у четвер заявило, що російські війська нібито «повністю звільнили» Часів Яр на Донеччині.")
g(a, "Часів Яр", "Chasiv Yar", "captured", "RU", D, "2025-07-31", "day", "publication",
  "Генеральний штаб ЗСУ", "UA", F, F, None,
  "Часів Яр не захоплено.")
g(a, "міста", "Chasiv Yar", "controls", "UA", A, "2025-07-31", "day", "publication",
  "Генеральний штаб ЗСУ", "UA", F, F, "західна частина міста",
  "Сили оборони утримують позиції в західній частині міста")
g(a, "місто", "Chasiv Yar", "contested", None, A, "2025-07-31", "day", "publication",
  "Генеральний штаб ЗСУ", "UA", F, F, None,
  "У Генштабі додали, що бої за місто тривають, а противник зазнає значних втрат.")
g(a, "міста", "Chasiv Yar", "controls", "RU", A, "2025-07-31", "day", "publication",
  "DeepState", "UA", F, F, "близько 85% території",
  "За даними аналітиків DeepState, під контролем росіян перебуває близько 85% території міста.")
g(a, "в Часовому Яру", "Chasiv Yar", "repelled_attack", "UA", A, "2025-07-31", "day", "relative",
  "речник 24-ї окремої механізованої бригади", "UA", F, F, "район вогнетривкого заводу",
  "Речник 24-ї окремої механізованої бригади імені короля Данила розповів, що за минулу добу українські військові відбили три штурми в районі вогнетривкого заводу в Часовому Яру.")
g(a, "Часів Яр", "Chasiv Yar", "contested", None, A, "2024-04", "month", "since",
  "outlet", "UA", F, T, None,
  "Бої за Часів Яр тривають з квітня 2024 року.")

# b5-008
a = "b5-008"
g(a, "Куп’янськ", "Kupiansk", "captured", "RU", A, "2025-11-20", "day", "relative",
  "Валерій Герасимов, начальник Генштабу РФ", "RU", T, F, None,
  "Начальник російського Генштабу Валерій Герасимов у четвер під час наради з Володимиром Путіним заявив, що російські війська нібито захопили Куп’янськ на Харківщині.")
g(a, "Куп’янська", "Kupiansk", "captured", "RU", D, "2025-11-21", "day", "publication",
  "Угруповання об’єднаних сил", "UA", F, F, None,
  "«Заява про захоплення Куп’янська не відповідає дійсності.")
g(a, "міста", "Kupiansk", "controls", "UA", A, "2025-11-21", "day", "publication",
  "Угруповання об’єднаних сил", "UA", F, F, "переважна частина міста",
  "Переважну частину міста контролюють Сили оборони України»")
g(a, "Куп’янська", "Kupiansk", "entered", "RU", A, "2025-11-21", "day", "publication",
  "Угруповання об’єднаних сил", "UA", F, F, "північна частина",
  "За даними угруповання, у північній частині Куп’янська перебувають кілька десятків російських військових, які просочилися туди малими групами.")
g(a, "Куп’янська", "Kupiansk", "captured", "RU", D, "2025-11-21", "day", "publication",
  "ISW", "neutral", F, F, None,
  "Аналітики американського Інституту вивчення війни (ISW) назвали неправдивою заяву Герасимова про захоплення Куп’янська, пославшись на відсутність геолокованих підтверджень.")
g(a, "в місті", "Kupiansk", "contested", None, A, "2025-11-21", "day", "publication",
  "окремі російські воєнкори", "RU", F, F, None,
  "Навіть окремі російські воєнкори визнали, що бої в місті тривають.")
g(a, "Куп’янська-Вузлового", "Kupiansk-Vuzlovyi", "advancing_toward", "RU", A, "2025-11-21", "day", "publication",
  "DeepState", "UA", F, F, "околиці, з північного сходу",
  "Водночас, за даними DeepState, російські війська наблизилися до околиць Куп’янська-Вузлового з північного сходу.")
g(a, "Петропавлівки", "Petropavlivka", "repelled_attack", "UA", A, "2025-11-21", "day", "relative",
  "Генштаб ЗСУ", "UA", F, F, None,
  "У Генштабі ЗСУ повідомили, що за минулу добу оборонці відбили штурм Петропавлівки.")
g(a, "Куп’янськ", "Kupiansk", "captured", "RU", A, "2022-02-27", "day", "explicit",
  "outlet", "UA", F, T, None,
  "Росія окупувала Куп’янськ у перші дні повномасштабного вторгнення: 27 лютого 2022 року тодішній міський голова Геннадій Мацегора без бою впустив російські війська до міста.")

# b5-009
a = "b5-009"
g(a, "Snake Island", "Zmiinyi Island", "withdrew", "RU", A, "2022-06-30", "day", "relative",
  "Russian defence ministry", "RU", F, F, None,
  "ODESA, June 30 – Russia said on Thursday it had withdrawn its forces from Snake Island, the rocky outcrop in the Black Sea that it seized on February 24, the first day of the invasion, describing the move as a “goodwill gesture” meant to show it was not obstructing grain exports.")
g(a, "Snake Island", "Zmiinyi Island", "captured", "RU", A, "2022-02-24", "day", "explicit",
  "outlet", "neutral", F, T, None,
  "ODESA, June 30 – Russia said on Thursday it had withdrawn its forces from Snake Island, the rocky outcrop in the Black Sea that it seized on February 24, the first day of the invasion, describing the move as a “goodwill gesture” meant to show it was not obstructing grain exports.")
g(a, "the island", "Zmiinyi Island", "withdrew", "RU", A, "2022-06-30", "day", "relative",
  "Valeriy Zaluzhnyi, Ukraine's commander-in-chief", "UA", F, F, None,
  "Commander-in-chief Valeriy Zaluzhnyi said Russian troops had fled in two speedboats overnight after a barrage of Ukrainian artillery and missile strikes.")
g(a, "the island", "Zmiinyi Island", "entered", "UA", D, "2022-06-30", "day", "publication",
  "Natalia Humeniuk, Southern Command", "UA", F, F, None,
  "Natalia Humeniuk, spokeswoman for Ukraine’s Southern Command, said Ukrainian troops had not yet landed on the island, which remained within range of Russian warships, and that engineers would first need to check it for mines.")

# b5-010
a = "b5-010"
g(a, "the town", "Bucha", "liberated", "UA", A, "2022-03-31", "day", "explicit",
  "Anatoliy Fedoruk, mayor of Bucha", "UA", F, F, None,
  "Bucha’s mayor, Anatoliy Fedoruk, said in a video on March 31 that the town had been liberated by the Ukrainian armed forces.")
g(a, "Bucha", "Bucha", "withdrew", "RU", A, "2022-03-30", "day", "explicit",
  "Anatoliy Fedoruk, mayor of Bucha", "UA", F, F, None,
  "The last Russian columns left Bucha on March 30, he said.")
g(a, "Irpin", "Irpin", "liberated", "UA", A, "2022-03-28", "day", "explicit",
  "Oleksandr Markushin, mayor of Irpin", "UA", F, F, None,
  "In neighbouring Irpin, where the mayor, Oleksandr Markushin, declared on March 28 that the town had been “liberated”, soldiers were still clearing the ruins near the destroyed road bridge and checking cellars for booby traps.")
g(a, "the Antonov airfield at Hostomel", "Hostomel", "captured", "UA", A, "2022-04-02", "day", "relative",
  "Ukrainian officials", "UA", F, F, "Antonov airfield",
  "The recapture of the Antonov airfield at Hostomel, where Russian paratroopers seized the runway after landing by helicopter on February 24, was confirmed by Ukrainian officials on Saturday.")
g(a, "the Antonov airfield at Hostomel", "Hostomel", "captured", "RU", A, "2022-02-24", "day", "explicit",
  "outlet", "neutral", F, T, "Antonov airfield",
  "The recapture of the Antonov airfield at Hostomel, where Russian paratroopers seized the runway after landing by helicopter on February 24, was confirmed by Ukrainian officials on Saturday.")
g(a, "the city", "Chernihiv", "withdrew", "RU", A, "2022-04-03", "day", "publication",
  "Viacheslav Chaus, Chernihiv regional governor", "UA", F, F, "outskirts",
  "To the north-east, Chernihiv’s regional governor, Viacheslav Chaus, said Russian troops had pulled back from the outskirts of the city, which they had besieged since late February, though he warned that mines and unexploded shells remained everywhere.")
g(a, "the city", "Chernihiv", "encircled/blockaded", "RU", A, "2022-02", "month", "since",
  "Viacheslav Chaus, Chernihiv regional governor", "UA", F, T, None,
  "To the north-east, Chernihiv’s regional governor, Viacheslav Chaus, said Russian troops had pulled back from the outskirts of the city, which they had besieged since late February, though he warned that mines and unexploded shells remained everywhere.")
g(a, "Borodianka", "Borodianka", "entered", "UA", A, "2022-04-01", "day", "relative",
  "outlet", "neutral", T, F, None,
  "In Borodianka, further west, Ukrainian soldiers reportedly entered the town on Friday, but said many of the bombed apartment blocks were too unstable to search for survivors.")

# b5-011
a = "b5-011"
g(a, "Velyka Novosilka", "Velyka Novosilka", "captured", "RU", A, "2025-01-26", "day", "relative",
  "Russia's defence ministry", "RU", F, F, None,
  "KYIV, Jan 27 – Russia’s defence ministry said on Sunday that its forces had captured Velyka Novosilka, a large village in southern Donetsk region that had been on the front line for almost three years.")
g(a, "the village", "Velyka Novosilka", "withdrew", "UA", A, "2025-01-27", "day", "relative",
  "Viktor Trehubov, Khortytsia group of forces", "UA", F, F, None,
  "On Monday, a spokesman for Ukraine’s Khortytsia group of forces, Viktor Trehubov, said Ukrainian units had withdrawn from the village to avoid being encircled.")
g(a, "its northern edge", "Velyka Novosilka", "controls", "UA", A, "2025-01-27", "day", "publication",
  "Viktor Trehubov, Khortytsia group of forces", "UA", F, F, "northern edge",
  "Some soldiers were still holding positions on its northern edge, he added.")
g(a, "Velyka Novosilka", "Velyka Novosilka", "captured", "RU", A, "2025-01-27", "day", "publication",
  "outlet", "neutral", F, F, None,
  "The capture of Velyka Novosilka is Russia’s most significant gain in the south of Donetsk region in months and brings its troops close to the boundary with the Dnipropetrovsk region.")
g(a, "Staromaiorske", "Staromaiorske", "captured", "UA", A, "2023", "year", "explicit",
  "outlet", "neutral", F, T, None,
  "Ukrainian troops had retaken Staromaiorske, a few kilometres to the south, during the counteroffensive of summer 2023, one of the few gains of that campaign.")

# b5-012
a = "b5-012"
g(a, "The plant", "Enerhodar", "controls", "RU", A, "2022-03", "month", "since",
  "outlet", "neutral", F, F, "Zaporizhzhia nuclear power plant",
  "The plant, Europe’s largest, has been held by Russian forces since March 2022, and its six reactors have been in cold shutdown for more than three years.")
g(a, "Nikopol", "Nikopol", "controls", "UA", A, "2025-11-24", "day", "publication",
  "outlet", "neutral", F, F, None,
  "Nikopol remains in Ukrainian hands across the reservoir from the plant.")
g(a, "Huliaipole", "Huliaipole", "entered", "RU", A, "2025-11-23", "day", "relative",
  "Vladyslav Voloshyn, Southern Defence Forces", "UA", F, F, None,
  "Further east, Vladyslav Voloshyn, a spokesman for Ukraine’s Southern Defence Forces, said on Sunday that small Russian groups had entered Huliaipole from the east after weeks of attacks.")
g(a, "the town", "Huliaipole", "encircled/blockaded", "RU", D, "2025-11-23", "day", "relative",
  "Vladyslav Voloshyn, Southern Defence Forces", "UA", F, F, None,
  "He also denied on Sunday that the town was surrounded, but called the situation “difficult”.")
g(a, "Rivnopillia", "Rivnopillia", "captured", "RU", A, "2025-11-23", "day", "relative",
  "Russia's defence ministry", "RU", T, F, None,
  "Russia’s defence ministry claimed on Sunday that its troops had captured Rivnopillia and Yablukove, two villages north-east of Huliaipole, and were continuing to advance toward the town.")
g(a, "Yablukove", "Yablukove", "captured", "RU", A, "2025-11-23", "day", "relative",
  "Russia's defence ministry", "RU", T, F, None,
  "Russia’s defence ministry claimed on Sunday that its troops had captured Rivnopillia and Yablukove, two villages north-east of Huliaipole, and were continuing to advance toward the town.")
g(a, "the town", "Huliaipole", "advancing_toward", "RU", A, "2025-11-23", "day", "relative",
  "Russia's defence ministry", "RU", T, F, None,
  "Russia’s defence ministry claimed on Sunday that its troops had captured Rivnopillia and Yablukove, two villages north-east of Huliaipole, and were continuing to advance toward the town.")
g(a, "Uspenivka", "Uspenivka", "withdrew", "UA", A, "2025-11", "month", "relative",
  "Vladyslav Voloshyn, Southern Defence Forces", "UA", F, F, None,
  "Voloshyn said Ukrainian troops had pulled back from Uspenivka to more defensible positions last week.")
g(a, "Stepnohirsk", "Stepnohirsk", "repelled_attack", "UA", A, "2025-11-22", "day", "relative",
  "65th Mechanised Brigade", "UA", F, F, None,
  "Further west, the 65th Mechanised Brigade said it had repelled four Russian assaults on Stepnohirsk on Saturday, and that the village remained under Ukrainian control.")
g(a, "the village", "Stepnohirsk", "controls", "UA", A, "2025-11-22", "day", "relative",
  "65th Mechanised Brigade", "UA", F, F, None,
  "Further west, the 65th Mechanised Brigade said it had repelled four Russian assaults on Stepnohirsk on Saturday, and that the village remained under Ukrainian control.")

# b5-013
a = "b5-013"
g(a, "the village of Kozinka", "Kozinka", "repelled_attack", "RU", A, "2023-05-23", "day", "relative",
  "Russia's defence ministry", "RU", F, F, None,
  "Russia’s defence ministry said on Tuesday that the attackers had been “blocked and routed” near the village of Kozinka and that the remnants had been pushed back into Ukrainian territory.")
g(a, "Kozinka", "Kozinka", "liberated", "UA", A, "2023-05-22", "day", "relative",
  "Freedom of Russia Legion", "UA", T, F, None,
  "The Freedom of Russia Legion, a unit of Russian volunteers fighting on Ukraine’s side, had claimed on Monday that it had “completely liberated” Kozinka and that its forward units had entered the outskirts of Graivoron, the district centre.")
g(a, "Graivoron", "Graivoron", "entered", "UA", A, "2023-05-22", "day", "relative",
  "Freedom of Russia Legion", "UA", T, F, "outskirts",
  "The Freedom of Russia Legion, a unit of Russian volunteers fighting on Ukraine’s side, had claimed on Monday that it had “completely liberated” Kozinka and that its forward units had entered the outskirts of Graivoron, the district centre.")

# b5-014
a = "b5-014"
g(a, "the Azovstal steelworks in Mariupol", "Mariupol", "liberated", "RU", A, "2022-05-20", "day", "explicit",
  "Russia's defence ministry", "RU", F, F, "Azovstal steelworks",
  "Russia’s defence ministry announced on 20 May 2022 that the Azovstal steelworks in Mariupol had been “completely liberated”, after the last 531 Ukrainian fighters holed up in the plant’s tunnels laid down their arms.")
g(a, "the plant", "Mariupol", "encircled/blockaded", "RU", A, "2022-04", "month", "since",
  "outlet", "neutral", F, T, "Azovstal steelworks",
  "Russian forces had blockaded the plant since mid-April 2022, when President Vladimir Putin told Defence Minister Sergei Shoigu to call off a planned storming and instead seal off the industrial zone “so that not even a fly can get through”.")
g(a, "the rest of Mariupol", "Mariupol", "liberated", "RU", A, "2022-04-21", "day", "explicit",
  "Sergei Shoigu, Russian defence minister", "RU", F, T, "the city except the Azovstal plant",
  "At the same meeting, on 21 April 2022, Shoigu reported that the rest of Mariupol had been “liberated”.")
g(a, "Mariupol", "Mariupol", "captured", "RU", D, "2022-04-21", "day", "explicit",
  "Kyiv", "UA", F, T, None,
  "Kyiv rejected that claim the same day, saying its troops still held the Azovstal plant.")
g(a, "the Azovstal plant", "Mariupol", "controls", "UA", A, "2022-04-21", "day", "explicit",
  "Kyiv", "UA", F, T, "Azovstal plant",
  "Kyiv rejected that claim the same day, saying its troops still held the Azovstal plant.")
g(a, "Mariupol", "Mariupol", "controls", "RU", A, None, None, "publication",
  "outlet", "neutral", F, F, None,
  "Mariupol, a port city of about 430,000 people before the war, remains under Russian occupation.")


# ---------------------------------------------------------------------------------------
def main():
    from buildcheck import build

    build(ARTICLES, GOLD, HERE, prefix="b5", count=14, sudan=("b5-003", "b5-004"),
          langs={"en": 10, "ru": 2, "uk": 2}, kinds={"short": 8, "long": 6})


if __name__ == "__main__":
    main()
