"""CID 4012 Projection Eponymous Name.

Extensible, version 20170914, UID 1.2.840.10008.6.1.296.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4012
NAME: _Final[str] = "Projection Eponymous Name"
KEYWORD: _Final[str | None] = "ProjectionEponymousName"
UID: _Final[str | None] = "1.2.840.10008.6.1.296"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AlbersSchonberg: _Final[_Code] = _Code("SCT", "399142007", "Albers-Schonberg", (4012,))
"""Albers-Schonberg (SCT 399142007)."""

Alexander: _Final[_Code] = _Code("SCT", "399237007", "Alexander", (4012,))
"""Alexander (SCT 399237007)."""

Apple: _Final[_Code] = _Code("SCT", "422670003", "Apple", (4012,))
"""Apple (SCT 422670003)."""

Arcelin: _Final[_Code] = _Code("SCT", "399218003", "Arcelin", (4012,))
"""Arcelin (SCT 399218003)."""

Beclere: _Final[_Code] = _Code("SCT", "399263002", "Beclere", (4012,))
"""Beclere (SCT 399263002)."""

Bertel: _Final[_Code] = _Code("SCT", "399362005", "Bertel", (4012,))
"""Bertel (SCT 399362005)."""

BlackettHealy: _Final[_Code] = _Code("SCT", "399246001", "Blackett-Healy", (4012,))
"""Blackett-Healy (SCT 399246001)."""

BrewertonProjection: _Final[_Code] = _Code("SCT", "260492003", "Brewerton projection", (4012,))
"""Brewerton projection (SCT 260492003)."""

Broden: _Final[_Code] = _Code("SCT", "399344001", "Broden", (4012,))
"""Broden (SCT 399344001)."""

Burman: _Final[_Code] = _Code("SCT", "422861003", "Burman", (4012,))
"""Burman (SCT 422861003)."""

Cahoon: _Final[_Code] = _Code("SCT", "399278009", "Cahoon", (4012,))
"""Cahoon (SCT 399278009)."""

Caldwell: _Final[_Code] = _Code("SCT", "399358004", "Caldwell", (4012,))
"""Caldwell (SCT 399358004)."""

CampCoventry: _Final[_Code] = _Code("SCT", "399212002", "Camp-Coventry", (4012,))
"""Camp-Coventry (SCT 399212002)."""

Causton: _Final[_Code] = _Code("SCT", "399065000", "Causton", (4012,))
"""Causton (SCT 399065000)."""

Chamberlain: _Final[_Code] = _Code("SCT", "399148006", "Chamberlain", (4012,))
"""Chamberlain (SCT 399148006)."""

ChassardLapine: _Final[_Code] = _Code("SCT", "399013002", "Chassard-Lapine", (4012,))
"""Chassard-Lapine (SCT 399013002)."""

Chausse: _Final[_Code] = _Code("SCT", "399355001", "Chausse", (4012,))
"""Chausse (SCT 399355001)."""

Cleaves: _Final[_Code] = _Code("SCT", "399245002", "Cleaves", (4012,))
"""Cleaves (SCT 399245002)."""

Clements: _Final[_Code] = _Code("SCT", "399028002", "Clements", (4012,))
"""Clements (SCT 399028002)."""

ClementsNakayama: _Final[_Code] = _Code("SCT", "399320003", "Clements-Nakayama", (4012,))
"""Clements-Nakayama (SCT 399320003)."""

ColcherSussman: _Final[_Code] = _Code("SCT", "423091003", "Colcher-Sussman", (4012,))
"""Colcher-Sussman (SCT 423091003)."""

DaneliusMiller: _Final[_Code] = _Code("SCT", "424811006", "Danelius-Miller", (4012,))
"""Danelius-Miller (SCT 424811006)."""

Dunlap: _Final[_Code] = _Code("SCT", "399303002", "Dunlap", (4012,))
"""Dunlap (SCT 399303002)."""

ErasoModification: _Final[_Code] = _Code("SCT", "424655003", "Eraso Modification", (4012,))
"""Eraso Modification (SCT 424655003)."""

Ferguson: _Final[_Code] = _Code("SCT", "399372008", "Ferguson", (4012,))
"""Ferguson (SCT 399372008)."""

Fisk: _Final[_Code] = _Code("SCT", "424962005", "Fisk", (4012,))
"""Fisk (SCT 424962005)."""

Fleischner: _Final[_Code] = _Code("SCT", "399281004", "Fleischner", (4012,))
"""Fleischner (SCT 399281004)."""

Folio: _Final[_Code] = _Code("SCT", "425157002", "Folio", (4012,))
"""Folio (SCT 425157002)."""

Friedman: _Final[_Code] = _Code("SCT", "399103007", "Friedman", (4012,))
"""Friedman (SCT 399103007)."""

Fuchs: _Final[_Code] = _Code("SCT", "399073009", "Fuchs", (4012,))
"""Fuchs (SCT 399073009)."""

Garth: _Final[_Code] = _Code("SCT", "425188003", "Garth", (4012,))
"""Garth (SCT 425188003)."""

GaynorHart: _Final[_Code] = _Code("SCT", "399082003", "Gaynor-Hart", (4012,))
"""Gaynor-Hart (SCT 399082003)."""

Grandy: _Final[_Code] = _Code("SCT", "399311007", "Grandy", (4012,))
"""Grandy (SCT 399311007)."""

Grashey: _Final[_Code] = _Code("SCT", "399146005", "Grashey", (4012,))
"""Grashey (SCT 399146005)."""

Haas: _Final[_Code] = _Code("SCT", "399341009", "Haas", (4012,))
"""Haas (SCT 399341009)."""

HarrisBeathAxialProjection: _Final[_Code] = _Code(
    "SCT", "260493008", "Harris Beath axial projection", (4012,)
)
"""Harris Beath axial projection (SCT 260493008)."""

Henschen: _Final[_Code] = _Code("SCT", "399199004", "Henschen", (4012,))
"""Henschen (SCT 399199004)."""

Hickey: _Final[_Code] = _Code("SCT", "399277004", "Hickey", (4012,))
"""Hickey (SCT 399277004)."""

HirtzModification: _Final[_Code] = _Code("SCT", "424086005", "Hirtz Modification", (4012,))
"""Hirtz Modification (SCT 424086005)."""

Holly: _Final[_Code] = _Code("SCT", "399129007", "Holly", (4012,))
"""Holly (SCT 399129007)."""

Holmblad: _Final[_Code] = _Code("SCT", "399285008", "Holmblad", (4012,))
"""Holmblad (SCT 399285008)."""

Hough: _Final[_Code] = _Code("SCT", "399168000", "Hough", (4012,))
"""Hough (SCT 399168000)."""

Hsieh: _Final[_Code] = _Code("SCT", "399083008", "Hsieh", (4012,))
"""Hsieh (SCT 399083008)."""

Hughston: _Final[_Code] = _Code("SCT", "399003005", "Hughston", (4012,))
"""Hughston (SCT 399003005)."""

Isherwood: _Final[_Code] = _Code("SCT", "399025004", "Isherwood", (4012,))
"""Isherwood (SCT 399025004)."""

Judd: _Final[_Code] = _Code("SCT", "399201002", "Judd", (4012,))
"""Judd (SCT 399201002)."""

JudetProjection: _Final[_Code] = _Code("SCT", "260496000", "Judet projection", (4012,))
"""Judet projection (SCT 260496000)."""

Kandel: _Final[_Code] = _Code("SCT", "399152006", "Kandel", (4012,))
"""Kandel (SCT 399152006)."""

Kasabach: _Final[_Code] = _Code("SCT", "399280003", "Kasabach", (4012,))
"""Kasabach (SCT 399280003)."""

KempHarper: _Final[_Code] = _Code("SCT", "399227002", "Kemp Harper", (4012,))
"""Kemp Harper (SCT 399227002)."""

Kite: _Final[_Code] = _Code("SCT", "425030002", "Kite", (4012,))
"""Kite (SCT 425030002)."""

Kovacs: _Final[_Code] = _Code("SCT", "399318001", "Kovacs", (4012,))
"""Kovacs (SCT 399318001)."""

Kuchendorf: _Final[_Code] = _Code("SCT", "399080006", "Kuchendorf", (4012,))
"""Kuchendorf (SCT 399080006)."""

Kurzbauer: _Final[_Code] = _Code("SCT", "399332004", "Kurzbauer", (4012,))
"""Kurzbauer (SCT 399332004)."""

LaquerrierePierquin: _Final[_Code] = _Code("SCT", "399156009", "Laquerriere-Pierquin", (4012,))
"""Laquerriere-Pierquin (SCT 399156009)."""

Lauenstein: _Final[_Code] = _Code("SCT", "399169008", "Lauenstein", (4012,))
"""Lauenstein (SCT 399169008)."""

Law: _Final[_Code] = _Code("SCT", "399206007", "Law", (4012,))
"""Law (SCT 399206007)."""

Lawrence: _Final[_Code] = _Code("SCT", "399179005", "Lawrence", (4012,))
"""Lawrence (SCT 399179005)."""

LeonardGeorge: _Final[_Code] = _Code("SCT", "398996004", "Leonard-George", (4012,))
"""Leonard-George (SCT 398996004)."""

Lewis: _Final[_Code] = _Code("SCT", "399037002", "Lewis", (4012,))
"""Lewis (SCT 399037002)."""

Lilienfeld: _Final[_Code] = _Code("SCT", "399342002", "Lilienfeld", (4012,))
"""Lilienfeld (SCT 399342002)."""

Lindblom: _Final[_Code] = _Code("SCT", "399308006", "Lindblom", (4012,))
"""Lindblom (SCT 399308006)."""

Lorenz: _Final[_Code] = _Code("SCT", "399251007", "Lorenz", (4012,))
"""Lorenz (SCT 399251007)."""

LowBeer: _Final[_Code] = _Code("SCT", "399327000", "Low-Beer", (4012,))
"""Low-Beer (SCT 399327000)."""

Lysholm: _Final[_Code] = _Code("SCT", "399370000", "Lysholm", (4012,))
"""Lysholm (SCT 399370000)."""

May: _Final[_Code] = _Code("SCT", "399024000", "May", (4012,))
"""May (SCT 399024000)."""

Mayer: _Final[_Code] = _Code("SCT", "399000008", "Mayer", (4012,))
"""Mayer (SCT 399000008)."""

Merchant: _Final[_Code] = _Code("SCT", "399284007", "Merchant", (4012,))
"""Merchant (SCT 399284007)."""

Miller: _Final[_Code] = _Code("SCT", "399005003", "Miller", (4012,))
"""Miller (SCT 399005003)."""

Moore: _Final[_Code] = _Code("SCT", "422568001", "Moore", (4012,))
"""Moore (SCT 422568001)."""

MorticeProjection: _Final[_Code] = _Code("SCT", "260497009", "Mortice projection", (4012,))
"""Mortice projection (SCT 260497009)."""

Neer: _Final[_Code] = _Code("SCT", "422795009", "Neer", (4012,))
"""Neer (SCT 422795009)."""

Nolke: _Final[_Code] = _Code("SCT", "399002000", "Nolke", (4012,))
"""Nolke (SCT 399002000)."""

Norgaard: _Final[_Code] = _Code("SCT", "399157000", "Norgaard", (4012,))
"""Norgaard (SCT 399157000)."""

Ottonello: _Final[_Code] = _Code("SCT", "399171008", "Ottonello", (4012,))
"""Ottonello (SCT 399171008)."""

Pawlow: _Final[_Code] = _Code("SCT", "399181007", "Pawlow", (4012,))
"""Pawlow (SCT 399181007)."""

Pearson: _Final[_Code] = _Code("SCT", "399365007", "Pearson", (4012,))
"""Pearson (SCT 399365007)."""

Penner: _Final[_Code] = _Code("SCT", "399138009", "Penner", (4012,))
"""Penner (SCT 399138009)."""

Pirie: _Final[_Code] = _Code("SCT", "399022001", "Pirie", (4012,))
"""Pirie (SCT 399022001)."""

Rafert: _Final[_Code] = _Code("SCT", "423720000", "Rafert", (4012,))
"""Rafert (SCT 423720000)."""

RafertLong: _Final[_Code] = _Code("SCT", "422534007", "Rafert-Long", (4012,))
"""Rafert-Long (SCT 422534007)."""

Rhese: _Final[_Code] = _Code("SCT", "399234000", "Rhese", (4012,))
"""Rhese (SCT 399234000)."""

Robert: _Final[_Code] = _Code("SCT", "425035007", "Robert", (4012,))
"""Robert (SCT 425035007)."""

Rosenberg: _Final[_Code] = _Code("SCT", "425042007", "Rosenberg", (4012,))
"""Rosenberg (SCT 425042007)."""

Schuller: _Final[_Code] = _Code("SCT", "399290006", "Schuller", (4012,))
"""Schuller (SCT 399290006)."""

Settegast: _Final[_Code] = _Code("SCT", "399243009", "Settegast", (4012,))
"""Settegast (SCT 399243009)."""

Staunig: _Final[_Code] = _Code("SCT", "399098005", "Staunig", (4012,))
"""Staunig (SCT 399098005)."""

Stecher: _Final[_Code] = _Code("SCT", "399292003", "Stecher", (4012,))
"""Stecher (SCT 399292003)."""

Stenvers: _Final[_Code] = _Code("SCT", "399349006", "Stenvers", (4012,))
"""Stenvers (SCT 399349006)."""

Stryker: _Final[_Code] = _Code("SCT", "422954003", "Stryker", (4012,))
"""Stryker (SCT 422954003)."""

Swanson: _Final[_Code] = _Code("SCT", "399313005", "Swanson", (4012,))
"""Swanson (SCT 399313005)."""

Tarrant: _Final[_Code] = _Code("SCT", "399247005", "Tarrant", (4012,))
"""Tarrant (SCT 399247005)."""

Taylor: _Final[_Code] = _Code("SCT", "399296000", "Taylor", (4012,))
"""Taylor (SCT 399296000)."""

Teufel: _Final[_Code] = _Code("SCT", "399127009", "Teufel", (4012,))
"""Teufel (SCT 399127009)."""

Titterington: _Final[_Code] = _Code("SCT", "399241006", "Titterington", (4012,))
"""Titterington (SCT 399241006)."""

Towne: _Final[_Code] = _Code("SCT", "399270002", "Towne", (4012,))
"""Towne (SCT 399270002)."""

Twining: _Final[_Code] = _Code("SCT", "399125001", "Twining", (4012,))
"""Twining (SCT 399125001)."""

Valdini: _Final[_Code] = _Code("SCT", "399330007", "Valdini", (4012,))
"""Valdini (SCT 399330007)."""

VanRosenProjection: _Final[_Code] = _Code("SCT", "260506009", "Van Rosen projection", (4012,))
"""Van Rosen projection (SCT 260506009)."""

Waters: _Final[_Code] = _Code("SCT", "260473000", "Waters", (4012,))
"""Waters (SCT 260473000)."""

WestPoint: _Final[_Code] = _Code("SCT", "399130002", "West Point", (4012,))
"""West Point (SCT 399130002)."""

WigbyTaylor: _Final[_Code] = _Code("SCT", "399215000", "Wigby-Taylor", (4012,))
"""Wigby-Taylor (SCT 399215000)."""

Wolf: _Final[_Code] = _Code("SCT", "422996004", "Wolf", (4012,))
"""Wolf (SCT 422996004)."""

Zanelli: _Final[_Code] = _Code("SCT", "399026003", "Zanelli", (4012,))
"""Zanelli (SCT 399026003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AlbersSchonberg,
    Alexander,
    Apple,
    Arcelin,
    Beclere,
    Bertel,
    BlackettHealy,
    BrewertonProjection,
    Broden,
    Burman,
    Cahoon,
    Caldwell,
    CampCoventry,
    Causton,
    Chamberlain,
    ChassardLapine,
    Chausse,
    Cleaves,
    Clements,
    ClementsNakayama,
    ColcherSussman,
    DaneliusMiller,
    Dunlap,
    ErasoModification,
    Ferguson,
    Fisk,
    Fleischner,
    Folio,
    Friedman,
    Fuchs,
    Garth,
    GaynorHart,
    Grandy,
    Grashey,
    Haas,
    HarrisBeathAxialProjection,
    Henschen,
    Hickey,
    HirtzModification,
    Holly,
    Holmblad,
    Hough,
    Hsieh,
    Hughston,
    Isherwood,
    Judd,
    JudetProjection,
    Kandel,
    Kasabach,
    KempHarper,
    Kite,
    Kovacs,
    Kuchendorf,
    Kurzbauer,
    LaquerrierePierquin,
    Lauenstein,
    Law,
    Lawrence,
    LeonardGeorge,
    Lewis,
    Lilienfeld,
    Lindblom,
    Lorenz,
    LowBeer,
    Lysholm,
    May,
    Mayer,
    Merchant,
    Miller,
    Moore,
    MorticeProjection,
    Neer,
    Nolke,
    Norgaard,
    Ottonello,
    Pawlow,
    Pearson,
    Penner,
    Pirie,
    Rafert,
    RafertLong,
    Rhese,
    Robert,
    Rosenberg,
    Schuller,
    Settegast,
    Staunig,
    Stecher,
    Stenvers,
    Stryker,
    Swanson,
    Tarrant,
    Taylor,
    Teufel,
    Titterington,
    Towne,
    Twining,
    Valdini,
    VanRosenProjection,
    Waters,
    WestPoint,
    WigbyTaylor,
    Wolf,
    Zanelli,
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
