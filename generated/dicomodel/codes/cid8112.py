"""CID 8112 Specimen Stain.

Extensible, version 20240611, UID 1.2.840.10008.6.1.1050.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 8112
NAME: _Final[str] = "Specimen Stain"
KEYWORD: _Final[str | None] = "SpecimenStain"
UID: _Final[str | None] = "1.2.840.10008.6.1.1050"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240611"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AcidPhosphataseStain: _Final[_Code] = _Code("SCT", "255792001", "acid phosphatase stain", (8112,))
"""acid phosphatase stain (SCT 255792001)."""

AlbertStain: _Final[_Code] = _Code("SCT", "255793006", "Albert's stain", (8112,))
"""Albert's stain (SCT 255793006)."""

AlcianBlue8GXStain: _Final[_Code] = _Code("SCT", "4656000", "alcian blue 8GX stain", (8112,))
"""alcian blue 8GX stain (SCT 4656000)."""

AlcoholSolubleNigrosineStain: _Final[_Code] = _Code(
    "SCT", "47995002", "alcohol soluble nigrosine stain", (8112,)
)
"""alcohol soluble nigrosine stain (SCT 47995002)."""

AldehydeFuchsinStain: _Final[_Code] = _Code("SCT", "406981005", "aldehyde fuchsin stain", (8112,))
"""aldehyde fuchsin stain (SCT 406981005)."""

AlizarinBlueSStain: _Final[_Code] = _Code("SCT", "54432009", "alizarin blue S stain", (8112,))
"""alizarin blue S stain (SCT 54432009)."""

AlizarinCyanineGreenStain: _Final[_Code] = _Code(
    "SCT", "21951008", "alizarin cyanine green stain", (8112,)
)
"""alizarin cyanine green stain (SCT 21951008)."""

AlizarinRedSStain: _Final[_Code] = _Code("SCT", "65580004", "alizarin red S stain", (8112,))
"""alizarin red S stain (SCT 65580004)."""

AlizarinYellowGGStain: _Final[_Code] = _Code("SCT", "27016007", "alizarin yellow GG stain", (8112,))
"""alizarin yellow GG stain (SCT 27016007)."""

AlizarinYellowRStain: _Final[_Code] = _Code("SCT", "28622002", "alizarin yellow R stain", (8112,))
"""alizarin yellow R stain (SCT 28622002)."""

AlkalinePhosphataseStain: _Final[_Code] = _Code(
    "SCT", "406971006", "alkaline phosphatase stain", (8112,)
)
"""alkaline phosphatase stain (SCT 406971006)."""

AnilineBlueStain: _Final[_Code] = _Code("SCT", "406990003", "aniline blue stain", (8112,))
"""aniline blue stain (SCT 406990003)."""

AuramineStain: _Final[_Code] = _Code("SCT", "255794000", "auramine stain", (8112,))
"""auramine stain (SCT 255794000)."""

AzoBlackStain: _Final[_Code] = _Code("SCT", "85066006", "azo black stain", (8112,))
"""azo black stain (SCT 85066006)."""

AzocarmineGGXStain: _Final[_Code] = _Code("SCT", "76048000", "azocarmine G (GX) stain", (8112,))
"""azocarmine G (GX) stain (SCT 76048000)."""

AzophloxinStain: _Final[_Code] = _Code("SCT", "35609001", "azophloxin stain", (8112,))
"""azophloxin stain (SCT 35609001)."""

AzorubinSStain: _Final[_Code] = _Code("SCT", "2159007", "azorubin S stain", (8112,))
"""azorubin S stain (SCT 2159007)."""

AzureAStain: _Final[_Code] = _Code("SCT", "16836001", "azure A stain", (8112,))
"""azure A stain (SCT 16836001)."""

AzureBStain: _Final[_Code] = _Code("SCT", "8926000", "azure B stain", (8112,))
"""azure B stain (SCT 8926000)."""

AzureCStain: _Final[_Code] = _Code("SCT", "11069001", "azure C stain", (8112,))
"""azure C stain (SCT 11069001)."""

BauerChromicAcidLeucofuchsinStain: _Final[_Code] = _Code(
    "SCT", "406982003", "bauer's chromic acid leucofuchsin stain", (8112,)
)
"""bauer's chromic acid leucofuchsin stain (SCT 406982003)."""

BenzoFastScarletStain: _Final[_Code] = _Code("SCT", "27844007", "benzo fast scarlet stain", (8112,))
"""benzo fast scarlet stain (SCT 27844007)."""

BetaGlucuronidaseStain: _Final[_Code] = _Code(
    "SCT", "255795004", "beta-glucuronidase stain", (8112,)
)
"""beta-glucuronidase stain (SCT 255795004)."""

BiebrichScarletStain: _Final[_Code] = _Code("SCT", "76605005", "biebrich scarlet stain", (8112,))
"""biebrich scarlet stain (SCT 76605005)."""

BismarkBrownRStain: _Final[_Code] = _Code("SCT", "44488008", "bismark brown R stain", (8112,))
"""bismark brown R stain (SCT 44488008)."""

BismarkBrownYStain: _Final[_Code] = _Code("SCT", "85190005", "bismark brown Y stain", (8112,))
"""bismark brown Y stain (SCT 85190005)."""

BlueShadeEosinStain: _Final[_Code] = _Code("SCT", "1346008", "blue shade eosin stain", (8112,))
"""blue shade eosin stain (SCT 1346008)."""

BrazilinStain: _Final[_Code] = _Code("SCT", "41750006", "brazilin stain", (8112,))
"""brazilin stain (SCT 41750006)."""

BrilliantCresylBlueStain: _Final[_Code] = _Code(
    "SCT", "8342001", "brilliant cresyl blue stain", (8112,)
)
"""brilliant cresyl blue stain (SCT 8342001)."""

BrilliantCroceinStain: _Final[_Code] = _Code("SCT", "86541009", "brilliant crocein stain", (8112,))
"""brilliant crocein stain (SCT 86541009)."""

BrilliantOrangeStain: _Final[_Code] = _Code("SCT", "8429000", "brilliant orange stain", (8112,))
"""brilliant orange stain (SCT 8429000)."""

BrilliantYellowStain: _Final[_Code] = _Code("SCT", "57753006", "brilliant yellow stain", (8112,))
"""brilliant yellow stain (SCT 57753006)."""

ButyrateEsteraseStain: _Final[_Code] = _Code("SCT", "406955006", "butyrate esterase stain", (8112,))
"""butyrate esterase stain (SCT 406955006)."""

CarbolFuchsinStain: _Final[_Code] = _Code("SCT", "764166003", "carbol fuchsin stain", (8112,))
"""carbol fuchsin stain (SCT 764166003)."""

CarmineStain: _Final[_Code] = _Code("SCT", "73892005", "carmine stain", (8112,))
"""carmine stain (SCT 73892005)."""

CarminicAcidStain: _Final[_Code] = _Code("SCT", "432003", "carminic acid stain", (8112,))
"""carminic acid stain (SCT 432003)."""

CarmoisineAStain: _Final[_Code] = _Code("SCT", "37575004", "carmoisine A stain", (8112,))
"""carmoisine A stain (SCT 37575004)."""

CelestineBlueBStain: _Final[_Code] = _Code("SCT", "38707008", "celestine blue B stain", (8112,))
"""celestine blue B stain (SCT 38707008)."""

ChloroacetateEsteraseStain: _Final[_Code] = _Code(
    "SCT", "255796003", "chloroacetate esterase stain", (8112,)
)
"""chloroacetate esterase stain (SCT 255796003)."""

ChromicAcidStain: _Final[_Code] = _Code("SCT", "406986000", "chromic acid stain", (8112,))
"""chromic acid stain (SCT 406986000)."""

Chromotrope2RStain: _Final[_Code] = _Code("SCT", "85981002", "chromotrope 2R stain", (8112,))
"""chromotrope 2R stain (SCT 85981002)."""

ChrysoidineRStain: _Final[_Code] = _Code("SCT", "10247008", "chrysoidine R stain", (8112,))
"""chrysoidine R stain (SCT 10247008)."""

ChrysoidineYStain: _Final[_Code] = _Code("SCT", "16943008", "chrysoidine Y stain", (8112,))
"""chrysoidine Y stain (SCT 16943008)."""

ColloidalIronStain: _Final[_Code] = _Code("SCT", "406952009", "colloidal iron stain", (8112,))
"""colloidal iron stain (SCT 406952009)."""

CongoRedStain: _Final[_Code] = _Code("SCT", "45106005", "Congo red stain", (8112,))
"""Congo red stain (SCT 45106005)."""

CresylEchtVioletStain: _Final[_Code] = _Code(
    "SCT", "406960005", "cresyl echt violet stain", (8112,)
)
"""cresyl echt violet stain (SCT 406960005)."""

CresylVioletStain: _Final[_Code] = _Code("SCT", "406959000", "cresyl violet stain", (8112,))
"""cresyl violet stain (SCT 406959000)."""

CrystalPonceauStain: _Final[_Code] = _Code("SCT", "68459007", "crystal ponceau stain", (8112,))
"""crystal ponceau stain (SCT 68459007)."""

CurcuminStain: _Final[_Code] = _Code("SCT", "89028002", "curcumin stain", (8112,))
"""curcumin stain (SCT 89028002)."""

DiamondBlackStain: _Final[_Code] = _Code("SCT", "72572003", "diamond black stain", (8112,))
"""diamond black stain (SCT 72572003)."""

DurazolRedStain: _Final[_Code] = _Code("SCT", "11780008", "durazol red stain", (8112,))
"""durazol red stain (SCT 11780008)."""

ErieGarnetStain: _Final[_Code] = _Code("SCT", "40076005", "erie garnet stain", (8112,))
"""erie garnet stain (SCT 40076005)."""

EriochromeBlueBlackSEStain: _Final[_Code] = _Code(
    "SCT", "58631000", "eriochrome blue black SE stain", (8112,)
)
"""eriochrome blue black SE stain (SCT 58631000)."""

ErythrosinBStain: _Final[_Code] = _Code("SCT", "7434003", "erythrosin B stain", (8112,))
"""erythrosin B stain (SCT 7434003)."""

ErythrosinYStain: _Final[_Code] = _Code("SCT", "5043000", "erythrosin Y stain", (8112,))
"""erythrosin Y stain (SCT 5043000)."""

EvansBlueStain: _Final[_Code] = _Code("SCT", "22931006", "Evans blue stain", (8112,))
"""Evans blue stain (SCT 22931006)."""

FastBlueBSaltStain: _Final[_Code] = _Code("SCT", "34700000", "fast blue B salt stain", (8112,))
"""fast blue B salt stain (SCT 34700000)."""

FastBlueBBSaltStain: _Final[_Code] = _Code("SCT", "91295002", "fast blue BB salt stain", (8112,))
"""fast blue BB salt stain (SCT 91295002)."""

FastBlueRRSaltStain: _Final[_Code] = _Code("SCT", "64112001", "fast blue RR salt stain", (8112,))
"""fast blue RR salt stain (SCT 64112001)."""

FastGarnetGBCSaltStain: _Final[_Code] = _Code(
    "SCT", "89148006", "fast garnet GBC salt stain", (8112,)
)
"""fast garnet GBC salt stain (SCT 89148006)."""

FastGreenFCFStain: _Final[_Code] = _Code("SCT", "24167004", "fast green FCF stain", (8112,))
"""fast green FCF stain (SCT 24167004)."""

FastRedBSaltStain: _Final[_Code] = _Code("SCT", "40718007", "fast red B salt stain", (8112,))
"""fast red B salt stain (SCT 40718007)."""

FastRedITRStain: _Final[_Code] = _Code("SCT", "47486002", "fast red ITR stain", (8112,))
"""fast red ITR stain (SCT 47486002)."""

FastRedTRSaltStain: _Final[_Code] = _Code("SCT", "76633005", "fast red TR salt stain", (8112,))
"""fast red TR salt stain (SCT 76633005)."""

FastSulfonBlackFStain: _Final[_Code] = _Code(
    "SCT", "88660000", "fast sulfon black F stain", (8112,)
)
"""fast sulfon black F stain (SCT 88660000)."""

FastVioletBSaltStain: _Final[_Code] = _Code("SCT", "72371006", "fast violet B salt stain", (8112,))
"""fast violet B salt stain (SCT 72371006)."""

FatRed7BStain: _Final[_Code] = _Code("SCT", "76439002", "fat red 7B stain", (8112,))
"""fat red 7B stain (SCT 76439002)."""

FeulgenReactionStain: _Final[_Code] = _Code("SCT", "255797007", "Feulgen reaction stain", (8112,))
"""Feulgen reaction stain (SCT 255797007)."""

FieldStain: _Final[_Code] = _Code("SCT", "255798002", "field's stain", (8112,))
"""field's stain (SCT 255798002)."""

FlagellarStain: _Final[_Code] = _Code("SCT", "255799005", "Flagellar stain", (8112,))
"""Flagellar stain (SCT 255799005)."""

FluorescentStain: _Final[_Code] = _Code("SCT", "35352008", "fluorescent stain", (8112,))
"""fluorescent stain (SCT 35352008)."""

FouchetStain: _Final[_Code] = _Code("SCT", "406980006", "fouchet stain", (8112,))
"""fouchet stain (SCT 406980006)."""

FuchsinAcidStain: _Final[_Code] = _Code("SCT", "60920007", "fuchsin acid stain", (8112,))
"""fuchsin acid stain (SCT 60920007)."""

FuchsinBasicStain: _Final[_Code] = _Code("SCT", "50062004", "fuchsin basic stain", (8112,))
"""fuchsin basic stain (SCT 50062004)."""

GallocyanineStain: _Final[_Code] = _Code("SCT", "8836009", "gallocyanine stain", (8112,))
"""gallocyanine stain (SCT 8836009)."""

GiemsaStain: _Final[_Code] = _Code("SCT", "373646006", "giemsa stain", (8112,))
"""giemsa stain (SCT 373646006)."""

GramStain: _Final[_Code] = _Code("SCT", "385484003", "gram stain", (8112,))
"""gram stain (SCT 385484003)."""

HanselStain: _Final[_Code] = _Code("SCT", "406983008", "hansel stain", (8112,))
"""hansel stain (SCT 406983008)."""

HemateinStain: _Final[_Code] = _Code("SCT", "75956008", "hematein stain", (8112,))
"""hematein stain (SCT 75956008)."""

HematoxylinStain: _Final[_Code] = _Code("SCT", "12710003", "hematoxylin stain", (8112,))
"""hematoxylin stain (SCT 12710003)."""

ImmunofluorescentStain: _Final[_Code] = _Code(
    "SCT", "255800009", "immunofluorescent stain", (4412, 8112)
)
"""immunofluorescent stain (SCT 255800009)."""

IndiaInkStain: _Final[_Code] = _Code("SCT", "406972004", "India ink stain", (8112,))
"""India ink stain (SCT 406972004)."""

IndigoCarmine: _Final[_Code] = _Code("SCT", "412548006", "indigo carmine", (8112,))
"""indigo carmine (SCT 412548006)."""

IndophenolFromNaphtholStain: _Final[_Code] = _Code(
    "SCT", "11727009", "indophenol from naphthol stain", (8112,)
)
"""indophenol from naphthol stain (SCT 11727009)."""

InsolubleBerlinBlueStain: _Final[_Code] = _Code(
    "SCT", "47030008", "insoluble berlin blue stain", (8112,)
)
"""insoluble berlin blue stain (SCT 47030008)."""

JanusGreenBStain: _Final[_Code] = _Code("SCT", "68263003", "janus green B stain", (8112,))
"""janus green B stain (SCT 68263003)."""

JennerGiemsaStain: _Final[_Code] = _Code("SCT", "255801008", "Jenner-Giemsa stain", (8112,))
"""Jenner-Giemsa stain (SCT 255801008)."""

KenacidBlueRStain: _Final[_Code] = _Code("SCT", "29342009", "kenacid blue R stain", (8112,))
"""kenacid blue R stain (SCT 29342009)."""

LacmoidStain: _Final[_Code] = _Code("SCT", "35724001", "lacmoid stain", (8112,))
"""lacmoid stain (SCT 35724001)."""

LeishmanStain: _Final[_Code] = _Code("SCT", "255802001", "Leishman stain", (8112,))
"""Leishman stain (SCT 255802001)."""

LightGreenSFStain: _Final[_Code] = _Code("SCT", "89139001", "light green SF stain", (8112,))
"""light green SF stain (SCT 89139001)."""

LissamineFastRedBStain: _Final[_Code] = _Code(
    "SCT", "6701008", "lissamine fast red B stain", (8112,)
)
"""lissamine fast red B stain (SCT 6701008)."""

LissamineFastYellowStain: _Final[_Code] = _Code(
    "SCT", "25079009", "lissamine fast yellow stain", (8112,)
)
"""lissamine fast yellow stain (SCT 25079009)."""

LissamineGreenBStain: _Final[_Code] = _Code("SCT", "38543004", "lissamine green B stain", (8112,))
"""lissamine green B stain (SCT 38543004)."""

LissamineRhodamineStain: _Final[_Code] = _Code(
    "SCT", "111102009", "lissamine rhodamine stain", (8112,)
)
"""lissamine rhodamine stain (SCT 111102009)."""

LuxolFastBlueStain: _Final[_Code] = _Code("SCT", "406958008", "luxol fast blue stain", (8112,))
"""luxol fast blue stain (SCT 406958008)."""

MalachiteGreenStain: _Final[_Code] = _Code("SCT", "27120008", "malachite green stain", (8112,))
"""malachite green stain (SCT 27120008)."""

MalloryBleachStain: _Final[_Code] = _Code("SCT", "406953004", "Mallory bleach stain", (8112,))
"""Mallory bleach stain (SCT 406953004)."""

MartiusYellowStain: _Final[_Code] = _Code("SCT", "46139004", "martius yellow stain", (8112,))
"""martius yellow stain (SCT 46139004)."""

MayGrunwaldGiemsaStain: _Final[_Code] = _Code(
    "SCT", "255803006", "may-Grunwald giemsa stain", (8112,)
)
"""may-Grunwald giemsa stain (SCT 255803006)."""

MeldolaBlueStain: _Final[_Code] = _Code("SCT", "24516006", "meldola blue stain", (8112,))
"""meldola blue stain (SCT 24516006)."""

MetanilYellowStain: _Final[_Code] = _Code("SCT", "54791001", "metanil yellow stain", (8112,))
"""metanil yellow stain (SCT 54791001)."""

MethylBlueStain: _Final[_Code] = _Code("SCT", "9010006", "methyl blue stain", (4412, 8112))
"""methyl blue stain (SCT 9010006)."""

MethylGreenPyroninStain: _Final[_Code] = _Code(
    "SCT", "255804000", "methyl green pyronin stain", (8112,)
)
"""methyl green pyronin stain (SCT 255804000)."""

MethylOrangeStain: _Final[_Code] = _Code("SCT", "42248000", "methyl orange stain", (8112,))
"""methyl orange stain (SCT 42248000)."""

MethylRedStain: _Final[_Code] = _Code("SCT", "13744001", "methyl red stain", (8112,))
"""methyl red stain (SCT 13744001)."""

MethylVioletStain: _Final[_Code] = _Code("SCT", "387239001", "methyl violet stain", (8112,))
"""methyl violet stain (SCT 387239001)."""

MethyleneBlueStain: _Final[_Code] = _Code("SCT", "6725000", "methylene blue stain", (10, 8112))
"""methylene blue stain (SCT 6725000)."""

MethyleneVioletStain: _Final[_Code] = _Code("SCT", "406961009", "methylene violet stain", (8112,))
"""methylene violet stain (SCT 406961009)."""

MethyleneVioletStainBernthsen: _Final[_Code] = _Code(
    "SCT", "31260003", "methylene violet stain (Bernthsen)", (8112,)
)
"""methylene violet stain (Bernthsen) (SCT 31260003)."""

ModifiedTrichromeStain: _Final[_Code] = _Code(
    "SCT", "406991004", "modified trichrome stain", (8112,)
)
"""modified trichrome stain (SCT 406991004)."""

MucicarmineStain: _Final[_Code] = _Code("SCT", "406964001", "mucicarmine stain", (8112,))
"""mucicarmine stain (SCT 406964001)."""

MyeloperoxidaseStain: _Final[_Code] = _Code("SCT", "255805004", "myeloperoxidase stain", (8112,))
"""myeloperoxidase stain (SCT 255805004)."""

NaphthaleneBlack12BStain: _Final[_Code] = _Code(
    "SCT", "16788000", "naphthalene black 12B stain", (8112,)
)
"""naphthalene black 12B stain (SCT 16788000)."""

NaphtholGreenBStain: _Final[_Code] = _Code("SCT", "14958002", "naphthol green B stain", (8112,))
"""naphthol green B stain (SCT 14958002)."""

NaphtholYellowSStain: _Final[_Code] = _Code("SCT", "111101002", "naphthol yellow S stain", (8112,))
"""naphthol yellow S stain (SCT 111101002)."""

NaphtholASDChloracetateEsteraseStain: _Final[_Code] = _Code(
    "SCT", "406973009", "naphthol-AS-D-chloracetate esterase stain", (8112,)
)
"""naphthol-AS-D-chloracetate esterase stain (SCT 406973009)."""

NeutralRedStain: _Final[_Code] = _Code("SCT", "67956008", "neutral red stain", (8112,))
"""neutral red stain (SCT 67956008)."""

NeutrophilAlkalinePhosphataseStain: _Final[_Code] = _Code(
    "SCT", "255806003", "neutrophil alkaline phosphatase stain", (8112,)
)
"""neutrophil alkaline phosphatase stain (SCT 255806003)."""

NewFuchsinStain: _Final[_Code] = _Code("SCT", "31714001", "new fuchsin stain", (8112,))
"""new fuchsin stain (SCT 31714001)."""

NightBlueStain: _Final[_Code] = _Code("SCT", "406965000", "night blue stain", (8112,))
"""night blue stain (SCT 406965000)."""

NileBlueStain: _Final[_Code] = _Code("SCT", "77073008", "nile blue stain", (4412, 8112))
"""nile blue stain (SCT 77073008)."""

NitrazineYellowStain: _Final[_Code] = _Code("SCT", "86750008", "nitrazine yellow stain", (8112,))
"""nitrazine yellow stain (SCT 86750008)."""

NonspecificEsteraseStain: _Final[_Code] = _Code(
    "SCT", "255807007", "nonspecific esterase stain", (8112,)
)
"""nonspecific esterase stain (SCT 255807007)."""

NuclearFastRedStain: _Final[_Code] = _Code("SCT", "78869007", "nuclear fast red stain", (8112,))
"""nuclear fast red stain (SCT 78869007)."""

OilRedOStain: _Final[_Code] = _Code("SCT", "40808006", "oil red O stain", (8112,))
"""oil red O stain (SCT 40808006)."""

OrangeGStain: _Final[_Code] = _Code("SCT", "54221006", "orange G stain", (8112,))
"""orange G stain (SCT 54221006)."""

OrangeIIStain: _Final[_Code] = _Code("SCT", "25941002", "orange II stain", (8112,))
"""orange II stain (SCT 25941002)."""

OrceinStain: _Final[_Code] = _Code("SCT", "406966004", "orcein stain", (8112,))
"""orcein stain (SCT 406966004)."""

PageBlue83Stain: _Final[_Code] = _Code("SCT", "5442001", "page blue 83 stain", (8112,))
"""page blue 83 stain (SCT 5442001)."""

PageBlueG90Stain: _Final[_Code] = _Code("SCT", "2088005", "page blue G-90 stain", (8112,))
"""page blue G-90 stain (SCT 2088005)."""

PatentBlueVSodiumSaltStain: _Final[_Code] = _Code(
    "SCT", "48540004", "patent blue V sodium salt stain", (4412, 8112)
)
"""patent blue V sodium salt stain (SCT 48540004)."""

PeriodicAcidSchiffStain: _Final[_Code] = _Code(
    "SCT", "255808002", "periodic acid Schiff stain", (8112,)
)
"""periodic acid Schiff stain (SCT 255808002)."""

Permethrin: _Final[_Code] = _Code("SCT", "410457007", "permethrin", (8112,))
"""permethrin (SCT 410457007)."""

PeroxidaseStain: _Final[_Code] = _Code("SCT", "406974003", "peroxidase stain", (8112,))
"""peroxidase stain (SCT 406974003)."""

PhloxinBStain: _Final[_Code] = _Code("SCT", "71957009", "phloxin B stain", (8112,))
"""phloxin B stain (SCT 71957009)."""

PhosphotungsticAcidHematoxylinStain: _Final[_Code] = _Code(
    "SCT", "406967008", "phosphotungstic acid-hematoxylin stain", (8112,)
)
"""phosphotungstic acid-hematoxylin stain (SCT 406967008)."""

Ponceau3RStain: _Final[_Code] = _Code("SCT", "65730007", "ponceau 3R stain", (8112,))
"""ponceau 3R stain (SCT 65730007)."""

PonceauSStain: _Final[_Code] = _Code("SCT", "89856006", "ponceau S stain", (8112,))
"""ponceau S stain (SCT 89856006)."""

PonceauXylidineStain: _Final[_Code] = _Code("SCT", "70520000", "ponceau xylidine stain", (8112,))
"""ponceau xylidine stain (SCT 70520000)."""

PontamineSkyBlue5BXStain: _Final[_Code] = _Code(
    "SCT", "89577003", "pontamine sky blue 5BX stain", (8112,)
)
"""pontamine sky blue 5BX stain (SCT 89577003)."""

PontamineSkyBlue6BXStain: _Final[_Code] = _Code(
    "SCT", "80305003", "pontamine sky blue 6BX stain", (8112,)
)
"""pontamine sky blue 6BX stain (SCT 80305003)."""

PotassiumHydroxideStain: _Final[_Code] = _Code(
    "SCT", "34763001", "potassium hydroxide stain", (8112,)
)
"""potassium hydroxide stain (SCT 34763001)."""

ProcionBrilliantBlueMRSStain: _Final[_Code] = _Code(
    "SCT", "24900003", "procion brilliant blue MRS stain", (8112,)
)
"""procion brilliant blue MRS stain (SCT 24900003)."""

ProtargolSStain: _Final[_Code] = _Code("SCT", "406993001", "protargol S stain", (8112,))
"""protargol S stain (SCT 406993001)."""

PrussianBlueStain: _Final[_Code] = _Code("SCT", "406452004", "Prussian blue stain", (8112,))
"""Prussian blue stain (SCT 406452004)."""

QuinacrineFluorescentStain: _Final[_Code] = _Code(
    "SCT", "406968003", "quinacrine fluorescent stain", (8112,)
)
"""quinacrine fluorescent stain (SCT 406968003)."""

RhodamineStain: _Final[_Code] = _Code("SCT", "406977005", "rhodamine stain", (8112,))
"""rhodamine stain (SCT 406977005)."""

RomanowskyStain: _Final[_Code] = _Code("SCT", "255810000", "Romanowsky stain", (8112,))
"""Romanowsky stain (SCT 255810000)."""

RoseBengalStain: _Final[_Code] = _Code("SCT", "408742009", "rose bengal stain", (8112,))
"""rose bengal stain (SCT 408742009)."""

RosolicAcidSodiumSaltStain: _Final[_Code] = _Code(
    "SCT", "15529003", "rosolic acid sodium salt stain", (8112,)
)
"""rosolic acid sodium salt stain (SCT 15529003)."""

SaffronStain: _Final[_Code] = _Code("SCT", "38271009", "saffron stain", (8112,))
"""saffron stain (SCT 38271009)."""

SafraninStain: _Final[_Code] = _Code("SCT", "406988004", "safranin stain", (8112,))
"""safranin stain (SCT 406988004)."""

SilverNitrateStain: _Final[_Code] = _Code("SCT", "406985001", "silver nitrate stain", (8112,))
"""silver nitrate stain (SCT 406985001)."""

SilverStain: _Final[_Code] = _Code("SCT", "406951002", "silver stain", (8112,))
"""silver stain (SCT 406951002)."""

SiriusRedF3BStain: _Final[_Code] = _Code("SCT", "51567006", "sirius red F3B stain", (8112,))
"""sirius red F3B stain (SCT 51567006)."""

SolochromeAzurineBSStain: _Final[_Code] = _Code(
    "SCT", "43549000", "solochrome azurine (BS) stain", (8112,)
)
"""solochrome azurine (BS) stain (SCT 43549000)."""

SolochromeBlack6BStain: _Final[_Code] = _Code(
    "SCT", "11201005", "solochrome black 6B stain", (8112,)
)
"""solochrome black 6B stain (SCT 11201005)."""

SolochromeCyanineRStain: _Final[_Code] = _Code(
    "SCT", "25091000", "solochrome cyanine R stain", (8112,)
)
"""solochrome cyanine R stain (SCT 25091000)."""

SolochromeDarkBlueStain: _Final[_Code] = _Code(
    "SCT", "38902009", "solochrome dark blue stain", (8112,)
)
"""solochrome dark blue stain (SCT 38902009)."""

SolubleBerlinBlueStain: _Final[_Code] = _Code(
    "SCT", "64991008", "soluble berlin blue stain", (8112,)
)
"""soluble berlin blue stain (SCT 64991008)."""

SpiritSolubleAnilineBlueStain: _Final[_Code] = _Code(
    "SCT", "11645004", "spirit soluble aniline blue stain", (8112,)
)
"""spirit soluble aniline blue stain (SCT 11645004)."""

SpiritSolubleEosinStain: _Final[_Code] = _Code(
    "SCT", "83600004", "spirit soluble eosin stain", (8112,)
)
"""spirit soluble eosin stain (SCT 83600004)."""

SporeStain: _Final[_Code] = _Code("SCT", "255811001", "spore stain", (8112,))
"""spore stain (SCT 255811001)."""

SudanStain: _Final[_Code] = _Code("SCT", "314900004", "Sudan stain", (8112,))
"""Sudan stain (SCT 314900004)."""

SunsetYellowFCFStain: _Final[_Code] = _Code("SCT", "22968009", "sunset yellow FCF stain", (8112,))
"""sunset yellow FCF stain (SCT 22968009)."""

TartrazineStain: _Final[_Code] = _Code("SCT", "21592006", "tartrazine stain", (8112,))
"""tartrazine stain (SCT 21592006)."""

TerminalDeoxynucleotidylTransferaseStain: _Final[_Code] = _Code(
    "SCT", "406975002", "terminal deoxynucleotidyl transferase stain", (8112,)
)
"""terminal deoxynucleotidyl transferase stain (SCT 406975002)."""

ThioflavineSStain: _Final[_Code] = _Code("SCT", "406995008", "thioflavine S stain", (8112,))
"""thioflavine S stain (SCT 406995008)."""

ThioflavineTStain: _Final[_Code] = _Code("SCT", "61068006", "thioflavine T stain", (8112,))
"""thioflavine T stain (SCT 61068006)."""

ThionineStain: _Final[_Code] = _Code("SCT", "12001002", "thionine stain", (8112,))
"""thionine stain (SCT 12001002)."""

TitanYellowStain: _Final[_Code] = _Code("SCT", "84217005", "titan yellow stain", (8112,))
"""titan yellow stain (SCT 84217005)."""

TrichromeStain: _Final[_Code] = _Code("SCT", "406989007", "trichrome stain", (8112,))
"""trichrome stain (SCT 406989007)."""

TropaeolinOStain: _Final[_Code] = _Code("SCT", "35094004", "tropaeolin O stain", (8112,))
"""tropaeolin O stain (SCT 35094004)."""

TropaeolinOOStain: _Final[_Code] = _Code("SCT", "53511009", "tropaeolin OO stain", (8112,))
"""tropaeolin OO stain (SCT 53511009)."""

TrypanBlueStain: _Final[_Code] = _Code("SCT", "60441008", "trypan blue stain", (4200, 8112))
"""trypan blue stain (SCT 60441008)."""

VanGiesonStain: _Final[_Code] = _Code("SCT", "406957003", "Van Gieson stain", (8112,))
"""Van Gieson stain (SCT 406957003)."""

VerhoeffHematoxylinStain: _Final[_Code] = _Code(
    "SCT", "406992006", "verhoeff's hematoxylin stain", (8112,)
)
"""verhoeff's hematoxylin stain (SCT 406992006)."""

VitalNewRedStain: _Final[_Code] = _Code("SCT", "20230008", "vital new red stain", (8112,))
"""vital new red stain (SCT 20230008)."""

WaterSolubleAnilineBlueStain: _Final[_Code] = _Code(
    "SCT", "88625006", "water soluble aniline blue stain", (8112,)
)
"""water soluble aniline blue stain (SCT 88625006)."""

WaterSolubleAnthraceneBrownStain: _Final[_Code] = _Code(
    "SCT", "58755002", "water soluble anthracene brown stain", (8112,)
)
"""water soluble anthracene brown stain (SCT 58755002)."""

WaterSolubleNigrosineStain: _Final[_Code] = _Code(
    "SCT", "12119009", "water soluble nigrosine stain", (8112,)
)
"""water soluble nigrosine stain (SCT 12119009)."""

WaxolineBlueStain: _Final[_Code] = _Code("SCT", "60739006", "waxoline blue stain", (8112,))
"""waxoline blue stain (SCT 60739006)."""

WaysonStain: _Final[_Code] = _Code("SCT", "409549005", "wayson stain", (8112,))
"""wayson stain (SCT 409549005)."""

WrightStain: _Final[_Code] = _Code("SCT", "373682001", "wright stain", (8112,))
"""wright stain (SCT 373682001)."""

XyleneCyanolFFStain: _Final[_Code] = _Code("SCT", "55831004", "xylene cyanol FF stain", (8112,))
"""xylene cyanol FF stain (SCT 55831004)."""

ZiehlNeelsenStain: _Final[_Code] = _Code("SCT", "255813003", "Ziehl-Neelsen stain", (8112,))
"""Ziehl-Neelsen stain (SCT 255813003)."""

AcridineOrangeStain: _Final[_Code] = _Code("SCT", "29252006", "acridine orange stain", (4412, 8112))
"""acridine orange stain (SCT 29252006)."""

AcriflavineStain: _Final[_Code] = _Code("SCT", "17693003", "acriflavine stain", (8112,))
"""acriflavine stain (SCT 17693003)."""

AtebrinFSStain: _Final[_Code] = _Code("SCT", "84656005", "atebrin FS stain", (8112,))
"""atebrin FS stain (SCT 84656005)."""

AuramineGStain: _Final[_Code] = _Code("SCT", "73251007", "auramine G stain", (8112,))
"""auramine G stain (SCT 73251007)."""

AuramineOStain: _Final[_Code] = _Code("SCT", "81397005", "auramine O stain", (8112,))
"""auramine O stain (SCT 81397005)."""

CoriphosphineStain: _Final[_Code] = _Code("SCT", "49687009", "coriphosphine stain", (8112,))
"""coriphosphine stain (SCT 49687009)."""

FluoresceinStain: _Final[_Code] = _Code("SCT", "85596006", "fluorescein stain", (4412, 8112))
"""fluorescein stain (SCT 85596006)."""

FluorexonStain: _Final[_Code] = _Code("SCT", "108880002", "fluorexon stain", (8112,))
"""fluorexon stain (SCT 108880002)."""

RhodamineBStain: _Final[_Code] = _Code("SCT", "27671009", "rhodamine B stain", (8112,))
"""rhodamine B stain (SCT 27671009)."""

FluoresceinSodiumStain: _Final[_Code] = _Code(
    "SCT", "25351006", "Fluorescein sodium stain", (8112,)
)
"""Fluorescein sodium stain (SCT 25351006)."""

SudanBlackBStain: _Final[_Code] = _Code("SCT", "36572009", "Sudan black B stain", (8112,))
"""Sudan black B stain (SCT 36572009)."""

SudanBlackStain: _Final[_Code] = _Code("SCT", "310805002", "Sudan black stain", (8112,))
"""Sudan black stain (SCT 310805002)."""

SudanBlueStain: _Final[_Code] = _Code("SCT", "10740006", "Sudan blue stain", (8112,))
"""Sudan blue stain (SCT 10740006)."""

SudanIIStain: _Final[_Code] = _Code("SCT", "12030009", "Sudan II stain", (8112,))
"""Sudan II stain (SCT 12030009)."""

SudanIIIStain: _Final[_Code] = _Code("SCT", "39777001", "Sudan III stain", (8112,))
"""Sudan III stain (SCT 39777001)."""

SudanIVStain: _Final[_Code] = _Code("SCT", "69133007", "Sudan IV stain", (8112,))
"""Sudan IV stain (SCT 69133007)."""

AlkaliBlue5B4BStain: _Final[_Code] = _Code("SCT", "76925007", "alkali blue 5B (4B) stain", (8112,))
"""alkali blue 5B (4B) stain (SCT 76925007)."""

AlkaliBlue6BStain: _Final[_Code] = _Code("SCT", "63929007", "alkali blue 6B stain", (8112,))
"""alkali blue 6B stain (SCT 63929007)."""

ChromeAzurolSStain: _Final[_Code] = _Code("SCT", "34128002", "chrome azurol S stain", (8112,))
"""chrome azurol S stain (SCT 34128002)."""

DibromofluoresceinStain: _Final[_Code] = _Code(
    "SCT", "17172002", "dibromofluorescein stain", (8112,)
)
"""dibromofluorescein stain (SCT 17172002)."""

EthylVioletStain: _Final[_Code] = _Code("SCT", "65445001", "ethyl violet stain", (8112,))
"""ethyl violet stain (SCT 65445001)."""

MethylGreenStain: _Final[_Code] = _Code("SCT", "22021002", "methyl green stain", (8112,))
"""methyl green stain (SCT 22021002)."""

MethylViolet2BStain: _Final[_Code] = _Code("SCT", "15896008", "methyl violet 2B stain", (8112,))
"""methyl violet 2B stain (SCT 15896008)."""

MethylViolet6BStain: _Final[_Code] = _Code("SCT", "14544006", "methyl violet 6B stain", (8112,))
"""methyl violet 6B stain (SCT 14544006)."""

PyronineBStain: _Final[_Code] = _Code("SCT", "76001002", "pyronine B stain", (8112,))
"""pyronine B stain (SCT 76001002)."""

PyronineGStain: _Final[_Code] = _Code("SCT", "43106008", "pyronine G stain", (8112,))
"""pyronine G stain (SCT 43106008)."""

ToluidineBlueStain: _Final[_Code] = _Code("SCT", "29522004", "toluidine blue stain", (4412, 8112))
"""toluidine blue stain (SCT 29522004)."""

VictoriaBlue4RStain: _Final[_Code] = _Code("SCT", "82682000", "victoria blue 4R stain", (8112,))
"""victoria blue 4R stain (SCT 82682000)."""

VictoriaBlueBStain: _Final[_Code] = _Code("SCT", "22749001", "victoria blue B stain", (8112,))
"""victoria blue B stain (SCT 22749001)."""

WaterSolubleEosinStain: _Final[_Code] = _Code(
    "SCT", "36879007", "water soluble eosin stain", (8112,)
)
"""water soluble eosin stain (SCT 36879007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AcidPhosphataseStain,
    AlbertStain,
    AlcianBlue8GXStain,
    AlcoholSolubleNigrosineStain,
    AldehydeFuchsinStain,
    AlizarinBlueSStain,
    AlizarinCyanineGreenStain,
    AlizarinRedSStain,
    AlizarinYellowGGStain,
    AlizarinYellowRStain,
    AlkalinePhosphataseStain,
    AnilineBlueStain,
    AuramineStain,
    AzoBlackStain,
    AzocarmineGGXStain,
    AzophloxinStain,
    AzorubinSStain,
    AzureAStain,
    AzureBStain,
    AzureCStain,
    BauerChromicAcidLeucofuchsinStain,
    BenzoFastScarletStain,
    BetaGlucuronidaseStain,
    BiebrichScarletStain,
    BismarkBrownRStain,
    BismarkBrownYStain,
    BlueShadeEosinStain,
    BrazilinStain,
    BrilliantCresylBlueStain,
    BrilliantCroceinStain,
    BrilliantOrangeStain,
    BrilliantYellowStain,
    ButyrateEsteraseStain,
    CarbolFuchsinStain,
    CarmineStain,
    CarminicAcidStain,
    CarmoisineAStain,
    CelestineBlueBStain,
    ChloroacetateEsteraseStain,
    ChromicAcidStain,
    Chromotrope2RStain,
    ChrysoidineRStain,
    ChrysoidineYStain,
    ColloidalIronStain,
    CongoRedStain,
    CresylEchtVioletStain,
    CresylVioletStain,
    CrystalPonceauStain,
    CurcuminStain,
    DiamondBlackStain,
    DurazolRedStain,
    ErieGarnetStain,
    EriochromeBlueBlackSEStain,
    ErythrosinBStain,
    ErythrosinYStain,
    EvansBlueStain,
    FastBlueBSaltStain,
    FastBlueBBSaltStain,
    FastBlueRRSaltStain,
    FastGarnetGBCSaltStain,
    FastGreenFCFStain,
    FastRedBSaltStain,
    FastRedITRStain,
    FastRedTRSaltStain,
    FastSulfonBlackFStain,
    FastVioletBSaltStain,
    FatRed7BStain,
    FeulgenReactionStain,
    FieldStain,
    FlagellarStain,
    FluorescentStain,
    FouchetStain,
    FuchsinAcidStain,
    FuchsinBasicStain,
    GallocyanineStain,
    GiemsaStain,
    GramStain,
    HanselStain,
    HemateinStain,
    HematoxylinStain,
    ImmunofluorescentStain,
    IndiaInkStain,
    IndigoCarmine,
    IndophenolFromNaphtholStain,
    InsolubleBerlinBlueStain,
    JanusGreenBStain,
    JennerGiemsaStain,
    KenacidBlueRStain,
    LacmoidStain,
    LeishmanStain,
    LightGreenSFStain,
    LissamineFastRedBStain,
    LissamineFastYellowStain,
    LissamineGreenBStain,
    LissamineRhodamineStain,
    LuxolFastBlueStain,
    MalachiteGreenStain,
    MalloryBleachStain,
    MartiusYellowStain,
    MayGrunwaldGiemsaStain,
    MeldolaBlueStain,
    MetanilYellowStain,
    MethylBlueStain,
    MethylGreenPyroninStain,
    MethylOrangeStain,
    MethylRedStain,
    MethylVioletStain,
    MethyleneBlueStain,
    MethyleneVioletStain,
    MethyleneVioletStainBernthsen,
    ModifiedTrichromeStain,
    MucicarmineStain,
    MyeloperoxidaseStain,
    NaphthaleneBlack12BStain,
    NaphtholGreenBStain,
    NaphtholYellowSStain,
    NaphtholASDChloracetateEsteraseStain,
    NeutralRedStain,
    NeutrophilAlkalinePhosphataseStain,
    NewFuchsinStain,
    NightBlueStain,
    NileBlueStain,
    NitrazineYellowStain,
    NonspecificEsteraseStain,
    NuclearFastRedStain,
    OilRedOStain,
    OrangeGStain,
    OrangeIIStain,
    OrceinStain,
    PageBlue83Stain,
    PageBlueG90Stain,
    PatentBlueVSodiumSaltStain,
    PeriodicAcidSchiffStain,
    Permethrin,
    PeroxidaseStain,
    PhloxinBStain,
    PhosphotungsticAcidHematoxylinStain,
    Ponceau3RStain,
    PonceauSStain,
    PonceauXylidineStain,
    PontamineSkyBlue5BXStain,
    PontamineSkyBlue6BXStain,
    PotassiumHydroxideStain,
    ProcionBrilliantBlueMRSStain,
    ProtargolSStain,
    PrussianBlueStain,
    QuinacrineFluorescentStain,
    RhodamineStain,
    RomanowskyStain,
    RoseBengalStain,
    RosolicAcidSodiumSaltStain,
    SaffronStain,
    SafraninStain,
    SilverNitrateStain,
    SilverStain,
    SiriusRedF3BStain,
    SolochromeAzurineBSStain,
    SolochromeBlack6BStain,
    SolochromeCyanineRStain,
    SolochromeDarkBlueStain,
    SolubleBerlinBlueStain,
    SpiritSolubleAnilineBlueStain,
    SpiritSolubleEosinStain,
    SporeStain,
    SudanStain,
    SunsetYellowFCFStain,
    TartrazineStain,
    TerminalDeoxynucleotidylTransferaseStain,
    ThioflavineSStain,
    ThioflavineTStain,
    ThionineStain,
    TitanYellowStain,
    TrichromeStain,
    TropaeolinOStain,
    TropaeolinOOStain,
    TrypanBlueStain,
    VanGiesonStain,
    VerhoeffHematoxylinStain,
    VitalNewRedStain,
    WaterSolubleAnilineBlueStain,
    WaterSolubleAnthraceneBrownStain,
    WaterSolubleNigrosineStain,
    WaxolineBlueStain,
    WaysonStain,
    WrightStain,
    XyleneCyanolFFStain,
    ZiehlNeelsenStain,
    AcridineOrangeStain,
    AcriflavineStain,
    AtebrinFSStain,
    AuramineGStain,
    AuramineOStain,
    CoriphosphineStain,
    FluoresceinStain,
    FluorexonStain,
    RhodamineBStain,
    FluoresceinSodiumStain,
    SudanBlackBStain,
    SudanBlackStain,
    SudanBlueStain,
    SudanIIStain,
    SudanIIIStain,
    SudanIVStain,
    AlkaliBlue5B4BStain,
    AlkaliBlue6BStain,
    ChromeAzurolSStain,
    DibromofluoresceinStain,
    EthylVioletStain,
    MethylGreenStain,
    MethylViolet2BStain,
    MethylViolet6BStain,
    PyronineBStain,
    PyronineGStain,
    ToluidineBlueStain,
    VictoriaBlue4RStain,
    VictoriaBlueBStain,
    WaterSolubleEosinStain,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
