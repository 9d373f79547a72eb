"""Ordinary words that are also the name of some small place in the gazetteer.

A one-word match whose key is listed here is only taken as a place when a
cue announces a settlement ("the village of Mayak", "Zoria village") or the
place is large.  The list is data: English words (and first names, and the
Russian/Ukrainian common nouns that villages are named after, as they appear
in English text, and Russian and Ukrainian common nouns) that the romanized
register or GeoNames alternate names produce.  Keys are normalised (lower
case, no apostrophes).
"""

from __future__ import annotations

_WORDS = """
a an and are as at be but by can do for from go has he her his i if in is it me my no
not of on or our out she so than that the their them then there they this to up us was
we were what when who will with you new old nova novo nove stara stare staryi mala male
maly malyi velyka velyke great big small little peace victory freedom glory hope faith
love star stars sun moon light dawn day may june july august march april new world
mir myr mirny mirnyi myrne mirne pobeda peremoha svoboda slava nadiya nadiia vira liubov
zoria zorya zaria zirka prapor mayak maiak druzhba progress komunar pioneer pioner
general may may-day port bay lake river sea field fields forest grove garden gardens
park green red white black blue gold golden silver iron stone rock hill hills valley
spring springs well wells ford bridge mill mills cross crossing station post office
farm farms village town city center centre north south east west central middle upper
lower front line road way point cape island islands beach sand sands bank banks
marina maria mariia sofia sofiia olga olha vera nina anna lida rai roma luka ruda dobra
dolyna kalyna kalina sokil orel lebedyn berezka topol dub lypa vyshnia vyshneve
victoria jordan
male nice reading bath split mobile buffalo phoenix orlando lima santiago aden
oleksandr ivan petro mykola vasyl andrii serhii yurii volodymyr dmytro pavlo
bohdan oleh oleg olena olha iryna kateryna tetiana natalia halyna liudmyla svitlana oksana
yulia yuliia viktor viktoriia vitalii vitaly denys denis artem taras roman ruslan igor ihor
maksym maxim mikhail mykhailo oleksii alexei alexey sergei sergey vladimir yevhen yevgeny
anatolii stepan hryhorii grigory fedir fyodor yaroslav stanislav borys boris leonid nazar
kyrylo kirill valerii valery vadym vadim rostyslav vyacheslav anton arsen illia ilya
marta alla inna zoya zoia nadia nadiia larysa raisa tamara valentyna antonina
shevchenko franko lenin lenine kirov kirove frunze chapaieve chkalove gagarin
budennivka pushkin pushkine gogol hoholeve zhukov
press army navy air forces force guard brigade corps group center
мир мира миру победа перемога слава заря зоря зирка зірка надежда надія вера віра любовь
любов дружба свобода воля правда искра іскра маяк прогресс прогрес восход схід рассвет
світанок октябрь жовтень май травень родина радуга веселка звезда звезды
"""

COMMON_WORDS: frozenset[str] = frozenset(_WORDS.split())

__all__ = ["COMMON_WORDS"]
