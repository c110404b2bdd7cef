"""CID 8301 Test Pattern Code.

Extensible, version 20140331, UID 1.2.840.10008.6.1.981.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 8301
NAME: _Final[str] = "Test Pattern Code"
KEYWORD: _Final[str | None] = "TestPatternCode"
UID: _Final[str | None] = "1.2.840.10008.6.1.981"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20140331"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

TG18QCPattern: _Final[_Code] = _Code("DCM", "109801", "TG18-QC Pattern", (8301,))
"""TG18-QC Pattern (DCM 109801)."""

TG18BRPattern: _Final[_Code] = _Code("DCM", "109802", "TG18-BR Pattern", (8301,))
"""TG18-BR Pattern (DCM 109802)."""

TG18PQCPattern: _Final[_Code] = _Code("DCM", "109803", "TG18-PQC Pattern", (8301,))
"""TG18-PQC Pattern (DCM 109803)."""

TG18CTPattern: _Final[_Code] = _Code("DCM", "109804", "TG18-CT Pattern", (8301,))
"""TG18-CT Pattern (DCM 109804)."""

TG18LN801Pattern: _Final[_Code] = _Code("DCM", "109805", "TG18-LN8-01 Pattern", (8301,))
"""TG18-LN8-01 Pattern (DCM 109805)."""

TG18LN802Pattern: _Final[_Code] = _Code("DCM", "109806", "TG18-LN8-02 Pattern", (8301,))
"""TG18-LN8-02 Pattern (DCM 109806)."""

TG18LN803Pattern: _Final[_Code] = _Code("DCM", "109807", "TG18-LN8-03 Pattern", (8301,))
"""TG18-LN8-03 Pattern (DCM 109807)."""

TG18LN804Pattern: _Final[_Code] = _Code("DCM", "109808", "TG18-LN8-04 Pattern", (8301,))
"""TG18-LN8-04 Pattern (DCM 109808)."""

TG18LN805Pattern: _Final[_Code] = _Code("DCM", "109809", "TG18-LN8-05 Pattern", (8301,))
"""TG18-LN8-05 Pattern (DCM 109809)."""

TG18LN806Pattern: _Final[_Code] = _Code("DCM", "109810", "TG18-LN8-06 Pattern", (8301,))
"""TG18-LN8-06 Pattern (DCM 109810)."""

TG18LN807Pattern: _Final[_Code] = _Code("DCM", "109811", "TG18-LN8-07 Pattern", (8301,))
"""TG18-LN8-07 Pattern (DCM 109811)."""

TG18LN808Pattern: _Final[_Code] = _Code("DCM", "109812", "TG18-LN8-08 Pattern", (8301,))
"""TG18-LN8-08 Pattern (DCM 109812)."""

TG18LN809Pattern: _Final[_Code] = _Code("DCM", "109813", "TG18-LN8-09 Pattern", (8301,))
"""TG18-LN8-09 Pattern (DCM 109813)."""

TG18LN810Pattern: _Final[_Code] = _Code("DCM", "109814", "TG18-LN8-10 Pattern", (8301,))
"""TG18-LN8-10 Pattern (DCM 109814)."""

TG18LN811Pattern: _Final[_Code] = _Code("DCM", "109815", "TG18-LN8-11 Pattern", (8301,))
"""TG18-LN8-11 Pattern (DCM 109815)."""

TG18LN812Pattern: _Final[_Code] = _Code("DCM", "109816", "TG18-LN8-12 Pattern", (8301,))
"""TG18-LN8-12 Pattern (DCM 109816)."""

TG18LN813Pattern: _Final[_Code] = _Code("DCM", "109817", "TG18-LN8-13 Pattern", (8301,))
"""TG18-LN8-13 Pattern (DCM 109817)."""

TG18LN814Pattern: _Final[_Code] = _Code("DCM", "109818", "TG18-LN8-14 Pattern", (8301,))
"""TG18-LN8-14 Pattern (DCM 109818)."""

TG18LN815Pattern: _Final[_Code] = _Code("DCM", "109819", "TG18-LN8-15 Pattern", (8301,))
"""TG18-LN8-15 Pattern (DCM 109819)."""

TG18LN816Pattern: _Final[_Code] = _Code("DCM", "109820", "TG18-LN8-16 Pattern", (8301,))
"""TG18-LN8-16 Pattern (DCM 109820)."""

TG18LN817Pattern: _Final[_Code] = _Code("DCM", "109821", "TG18-LN8-17 Pattern", (8301,))
"""TG18-LN8-17 Pattern (DCM 109821)."""

TG18LN818Pattern: _Final[_Code] = _Code("DCM", "109822", "TG18-LN8-18 Pattern", (8301,))
"""TG18-LN8-18 Pattern (DCM 109822)."""

TG18LN1201Pattern: _Final[_Code] = _Code("DCM", "109823", "TG18-LN12-01 Pattern", (8301,))
"""TG18-LN12-01 Pattern (DCM 109823)."""

TG18LN1202Pattern: _Final[_Code] = _Code("DCM", "109824", "TG18-LN12-02 Pattern", (8301,))
"""TG18-LN12-02 Pattern (DCM 109824)."""

TG18LN1203Pattern: _Final[_Code] = _Code("DCM", "109825", "TG18-LN12-03 Pattern", (8301,))
"""TG18-LN12-03 Pattern (DCM 109825)."""

TG18LN1204Pattern: _Final[_Code] = _Code("DCM", "109826", "TG18-LN12-04 Pattern", (8301,))
"""TG18-LN12-04 Pattern (DCM 109826)."""

TG18LN1205Pattern: _Final[_Code] = _Code("DCM", "109827", "TG18-LN12-05 Pattern", (8301,))
"""TG18-LN12-05 Pattern (DCM 109827)."""

TG18LN1206Pattern: _Final[_Code] = _Code("DCM", "109828", "TG18-LN12-06 Pattern", (8301,))
"""TG18-LN12-06 Pattern (DCM 109828)."""

TG18LN1207Pattern: _Final[_Code] = _Code("DCM", "109829", "TG18-LN12-07 Pattern", (8301,))
"""TG18-LN12-07 Pattern (DCM 109829)."""

TG18LN1208Pattern: _Final[_Code] = _Code("DCM", "109830", "TG18-LN12-08 Pattern", (8301,))
"""TG18-LN12-08 Pattern (DCM 109830)."""

TG18LN1209Pattern: _Final[_Code] = _Code("DCM", "109831", "TG18-LN12-09 Pattern", (8301,))
"""TG18-LN12-09 Pattern (DCM 109831)."""

TG18LN1210Pattern: _Final[_Code] = _Code("DCM", "109832", "TG18-LN12-10 Pattern", (8301,))
"""TG18-LN12-10 Pattern (DCM 109832)."""

TG18LN1211Pattern: _Final[_Code] = _Code("DCM", "109833", "TG18-LN12-11 Pattern", (8301,))
"""TG18-LN12-11 Pattern (DCM 109833)."""

TG18LN1212Pattern: _Final[_Code] = _Code("DCM", "109834", "TG18-LN12-12 Pattern", (8301,))
"""TG18-LN12-12 Pattern (DCM 109834)."""

TG18LN1213Pattern: _Final[_Code] = _Code("DCM", "109835", "TG18-LN12-13 Pattern", (8301,))
"""TG18-LN12-13 Pattern (DCM 109835)."""

TG18LN1214Pattern: _Final[_Code] = _Code("DCM", "109836", "TG18-LN12-14 Pattern", (8301,))
"""TG18-LN12-14 Pattern (DCM 109836)."""

TG18LN1215Pattern: _Final[_Code] = _Code("DCM", "109837", "TG18-LN12-15 Pattern", (8301,))
"""TG18-LN12-15 Pattern (DCM 109837)."""

TG18LN1216Pattern: _Final[_Code] = _Code("DCM", "109838", "TG18-LN12-16 Pattern", (8301,))
"""TG18-LN12-16 Pattern (DCM 109838)."""

TG18LN1217Pattern: _Final[_Code] = _Code("DCM", "109839", "TG18-LN12-17 Pattern", (8301,))
"""TG18-LN12-17 Pattern (DCM 109839)."""

TG18LN1218Pattern: _Final[_Code] = _Code("DCM", "109840", "TG18-LN12-18 Pattern", (8301,))
"""TG18-LN12-18 Pattern (DCM 109840)."""

TG18UN10Pattern: _Final[_Code] = _Code("DCM", "109841", "TG18-UN10 Pattern", (8301,))
"""TG18-UN10 Pattern (DCM 109841)."""

TG18UN80Pattern: _Final[_Code] = _Code("DCM", "109842", "TG18-UN80 Pattern", (8301,))
"""TG18-UN80 Pattern (DCM 109842)."""

TG18UNL10Pattern: _Final[_Code] = _Code("DCM", "109843", "TG18-UNL10 Pattern", (8301, 8302))
"""TG18-UNL10 Pattern (DCM 109843)."""

TG18UNL80Pattern: _Final[_Code] = _Code("DCM", "109844", "TG18-UNL80 Pattern", (8301, 8302))
"""TG18-UNL80 Pattern (DCM 109844)."""

TG18ADPattern: _Final[_Code] = _Code("DCM", "109845", "TG18-AD Pattern", (8301,))
"""TG18-AD Pattern (DCM 109845)."""

TG18MPPattern: _Final[_Code] = _Code("DCM", "109846", "TG18-MP Pattern", (8301,))
"""TG18-MP Pattern (DCM 109846)."""

TG18RH10Pattern: _Final[_Code] = _Code("DCM", "109847", "TG18-RH10 Pattern", (8301,))
"""TG18-RH10 Pattern (DCM 109847)."""

TG18RH50Pattern: _Final[_Code] = _Code("DCM", "109848", "TG18-RH50 Pattern", (8301,))
"""TG18-RH50 Pattern (DCM 109848)."""

TG18RH89Pattern: _Final[_Code] = _Code("DCM", "109849", "TG18-RH89 Pattern", (8301,))
"""TG18-RH89 Pattern (DCM 109849)."""

TG18RV10Pattern: _Final[_Code] = _Code("DCM", "109850", "TG18-RV10 Pattern", (8301,))
"""TG18-RV10 Pattern (DCM 109850)."""

TG18RV50Pattern: _Final[_Code] = _Code("DCM", "109851", "TG18-RV50 Pattern", (8301,))
"""TG18-RV50 Pattern (DCM 109851)."""

TG18RV89Pattern: _Final[_Code] = _Code("DCM", "109852", "TG18-RV89 Pattern", (8301,))
"""TG18-RV89 Pattern (DCM 109852)."""

TG18PXPattern: _Final[_Code] = _Code("DCM", "109853", "TG18-PX Pattern", (8301,))
"""TG18-PX Pattern (DCM 109853)."""

TG18CXPattern: _Final[_Code] = _Code("DCM", "109854", "TG18-CX Pattern", (8301,))
"""TG18-CX Pattern (DCM 109854)."""

TG18LPH10Pattern: _Final[_Code] = _Code("DCM", "109855", "TG18-LPH10 Pattern", (8301,))
"""TG18-LPH10 Pattern (DCM 109855)."""

TG18LPH50Pattern: _Final[_Code] = _Code("DCM", "109856", "TG18-LPH50 Pattern", (8301,))
"""TG18-LPH50 Pattern (DCM 109856)."""

TG18LPH89Pattern: _Final[_Code] = _Code("DCM", "109857", "TG18-LPH89 Pattern", (8301,))
"""TG18-LPH89 Pattern (DCM 109857)."""

TG18LPV10Pattern: _Final[_Code] = _Code("DCM", "109858", "TG18-LPV10 Pattern", (8301,))
"""TG18-LPV10 Pattern (DCM 109858)."""

TG18LPV50Pattern: _Final[_Code] = _Code("DCM", "109859", "TG18-LPV50 Pattern", (8301,))
"""TG18-LPV50 Pattern (DCM 109859)."""

TG18LPV89Pattern: _Final[_Code] = _Code("DCM", "109860", "TG18-LPV89 Pattern", (8301,))
"""TG18-LPV89 Pattern (DCM 109860)."""

TG18AFCPattern: _Final[_Code] = _Code("DCM", "109861", "TG18-AFC Pattern", (8301,))
"""TG18-AFC Pattern (DCM 109861)."""

TG18NS10Pattern: _Final[_Code] = _Code("DCM", "109862", "TG18-NS10 Pattern", (8301,))
"""TG18-NS10 Pattern (DCM 109862)."""

TG18NS50Pattern: _Final[_Code] = _Code("DCM", "109863", "TG18-NS50 Pattern", (8301,))
"""TG18-NS50 Pattern (DCM 109863)."""

TG18NS89Pattern: _Final[_Code] = _Code("DCM", "109864", "TG18-NS89 Pattern", (8301,))
"""TG18-NS89 Pattern (DCM 109864)."""

TG18GVPattern: _Final[_Code] = _Code("DCM", "109865", "TG18-GV Pattern", (8301,))
"""TG18-GV Pattern (DCM 109865)."""

TG18GVNPattern: _Final[_Code] = _Code("DCM", "109866", "TG18-GVN Pattern", (8301,))
"""TG18-GVN Pattern (DCM 109866)."""

TG18GQPattern: _Final[_Code] = _Code("DCM", "109867", "TG18-GQ Pattern", (8301,))
"""TG18-GQ Pattern (DCM 109867)."""

TG18GQNPattern: _Final[_Code] = _Code("DCM", "109868", "TG18-GQN Pattern", (8301,))
"""TG18-GQN Pattern (DCM 109868)."""

TG18GQBPattern: _Final[_Code] = _Code("DCM", "109869", "TG18-GQB Pattern", (8301,))
"""TG18-GQB Pattern (DCM 109869)."""

TG18GA03Pattern: _Final[_Code] = _Code("DCM", "109870", "TG18-GA03 Pattern", (8301,))
"""TG18-GA03 Pattern (DCM 109870)."""

TG18GA05Pattern: _Final[_Code] = _Code("DCM", "109871", "TG18-GA05 Pattern", (8301,))
"""TG18-GA05 Pattern (DCM 109871)."""

TG18GA08Pattern: _Final[_Code] = _Code("DCM", "109872", "TG18-GA08 Pattern", (8301,))
"""TG18-GA08 Pattern (DCM 109872)."""

TG18GA10Pattern: _Final[_Code] = _Code("DCM", "109873", "TG18-GA10 Pattern", (8301,))
"""TG18-GA10 Pattern (DCM 109873)."""

TG18GA15Pattern: _Final[_Code] = _Code("DCM", "109874", "TG18-GA15 Pattern", (8301,))
"""TG18-GA15 Pattern (DCM 109874)."""

TG18GA20Pattern: _Final[_Code] = _Code("DCM", "109875", "TG18-GA20 Pattern", (8301,))
"""TG18-GA20 Pattern (DCM 109875)."""

TG18GA25Pattern: _Final[_Code] = _Code("DCM", "109876", "TG18-GA25 Pattern", (8301,))
"""TG18-GA25 Pattern (DCM 109876)."""

TG18GA30Pattern: _Final[_Code] = _Code("DCM", "109877", "TG18-GA30 Pattern", (8301,))
"""TG18-GA30 Pattern (DCM 109877)."""

TG18CHImage: _Final[_Code] = _Code("DCM", "109878", "TG18-CH Image", (8301,))
"""TG18-CH Image (DCM 109878)."""

TG18KNImage: _Final[_Code] = _Code("DCM", "109879", "TG18-KN Image", (8301,))
"""TG18-KN Image (DCM 109879)."""

TG18MM1Image: _Final[_Code] = _Code("DCM", "109880", "TG18-MM1 Image", (8301,))
"""TG18-MM1 Image (DCM 109880)."""

TG18MM2Image: _Final[_Code] = _Code("DCM", "109881", "TG18-MM2 Image", (8301,))
"""TG18-MM2 Image (DCM 109881)."""

OIQPattern: _Final[_Code] = _Code("DCM", "109901", "OIQ Pattern", (8301,))
"""OIQ Pattern (DCM 109901)."""

ANGPattern: _Final[_Code] = _Code("DCM", "109902", "ANG Pattern", (8301,))
"""ANG Pattern (DCM 109902)."""

GDPattern: _Final[_Code] = _Code("DCM", "109903", "GD Pattern", (8301,))
"""GD Pattern (DCM 109903)."""

BN01Pattern: _Final[_Code] = _Code("DCM", "109904", "BN01 Pattern", (8301,))
"""BN01 Pattern (DCM 109904)."""

BN02Pattern: _Final[_Code] = _Code("DCM", "109905", "BN02 Pattern", (8301,))
"""BN02 Pattern (DCM 109905)."""

BN03Pattern: _Final[_Code] = _Code("DCM", "109906", "BN03 Pattern", (8301,))
"""BN03 Pattern (DCM 109906)."""

BN04Pattern: _Final[_Code] = _Code("DCM", "109907", "BN04 Pattern", (8301,))
"""BN04 Pattern (DCM 109907)."""

BN05Pattern: _Final[_Code] = _Code("DCM", "109908", "BN05 Pattern", (8301,))
"""BN05 Pattern (DCM 109908)."""

BN06Pattern: _Final[_Code] = _Code("DCM", "109909", "BN06 Pattern", (8301,))
"""BN06 Pattern (DCM 109909)."""

BN07Pattern: _Final[_Code] = _Code("DCM", "109910", "BN07 Pattern", (8301,))
"""BN07 Pattern (DCM 109910)."""

BN08Pattern: _Final[_Code] = _Code("DCM", "109911", "BN08 Pattern", (8301,))
"""BN08 Pattern (DCM 109911)."""

BN09Pattern: _Final[_Code] = _Code("DCM", "109912", "BN09 Pattern", (8301,))
"""BN09 Pattern (DCM 109912)."""

BN10Pattern: _Final[_Code] = _Code("DCM", "109913", "BN10 Pattern", (8301,))
"""BN10 Pattern (DCM 109913)."""

BN11Pattern: _Final[_Code] = _Code("DCM", "109914", "BN11 Pattern", (8301,))
"""BN11 Pattern (DCM 109914)."""

BN12Pattern: _Final[_Code] = _Code("DCM", "109915", "BN12 Pattern", (8301,))
"""BN12 Pattern (DCM 109915)."""

BN13Pattern: _Final[_Code] = _Code("DCM", "109916", "BN13 Pattern", (8301,))
"""BN13 Pattern (DCM 109916)."""

BN14Pattern: _Final[_Code] = _Code("DCM", "109917", "BN14 Pattern", (8301,))
"""BN14 Pattern (DCM 109917)."""

BN15Pattern: _Final[_Code] = _Code("DCM", "109918", "BN15 Pattern", (8301,))
"""BN15 Pattern (DCM 109918)."""

BN16Pattern: _Final[_Code] = _Code("DCM", "109919", "BN16 Pattern", (8301,))
"""BN16 Pattern (DCM 109919)."""

BN17Pattern: _Final[_Code] = _Code("DCM", "109920", "BN17 Pattern", (8301,))
"""BN17 Pattern (DCM 109920)."""

BN18Pattern: _Final[_Code] = _Code("DCM", "109921", "BN18 Pattern", (8301,))
"""BN18 Pattern (DCM 109921)."""

DINGeometryPattern: _Final[_Code] = _Code("DCM", "109931", "DIN Geometry Pattern", (8301,))
"""DIN Geometry Pattern (DCM 109931)."""

DINGrayscalePattern: _Final[_Code] = _Code("DCM", "109932", "DIN Grayscale Pattern", (8301,))
"""DIN Grayscale Pattern (DCM 109932)."""

DINResolutionPattern: _Final[_Code] = _Code("DCM", "109933", "DIN Resolution Pattern", (8301,))
"""DIN Resolution Pattern (DCM 109933)."""

WhitePattern: _Final[_Code] = _Code("DCM", "109941", "White Pattern", (8301,))
"""White Pattern (DCM 109941)."""

SMPTEPattern: _Final[_Code] = _Code("DCM", "109943", "SMPTE Pattern", (8301,))
"""SMPTE Pattern (DCM 109943)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    TG18QCPattern,
    TG18BRPattern,
    TG18PQCPattern,
    TG18CTPattern,
    TG18LN801Pattern,
    TG18LN802Pattern,
    TG18LN803Pattern,
    TG18LN804Pattern,
    TG18LN805Pattern,
    TG18LN806Pattern,
    TG18LN807Pattern,
    TG18LN808Pattern,
    TG18LN809Pattern,
    TG18LN810Pattern,
    TG18LN811Pattern,
    TG18LN812Pattern,
    TG18LN813Pattern,
    TG18LN814Pattern,
    TG18LN815Pattern,
    TG18LN816Pattern,
    TG18LN817Pattern,
    TG18LN818Pattern,
    TG18LN1201Pattern,
    TG18LN1202Pattern,
    TG18LN1203Pattern,
    TG18LN1204Pattern,
    TG18LN1205Pattern,
    TG18LN1206Pattern,
    TG18LN1207Pattern,
    TG18LN1208Pattern,
    TG18LN1209Pattern,
    TG18LN1210Pattern,
    TG18LN1211Pattern,
    TG18LN1212Pattern,
    TG18LN1213Pattern,
    TG18LN1214Pattern,
    TG18LN1215Pattern,
    TG18LN1216Pattern,
    TG18LN1217Pattern,
    TG18LN1218Pattern,
    TG18UN10Pattern,
    TG18UN80Pattern,
    TG18UNL10Pattern,
    TG18UNL80Pattern,
    TG18ADPattern,
    TG18MPPattern,
    TG18RH10Pattern,
    TG18RH50Pattern,
    TG18RH89Pattern,
    TG18RV10Pattern,
    TG18RV50Pattern,
    TG18RV89Pattern,
    TG18PXPattern,
    TG18CXPattern,
    TG18LPH10Pattern,
    TG18LPH50Pattern,
    TG18LPH89Pattern,
    TG18LPV10Pattern,
    TG18LPV50Pattern,
    TG18LPV89Pattern,
    TG18AFCPattern,
    TG18NS10Pattern,
    TG18NS50Pattern,
    TG18NS89Pattern,
    TG18GVPattern,
    TG18GVNPattern,
    TG18GQPattern,
    TG18GQNPattern,
    TG18GQBPattern,
    TG18GA03Pattern,
    TG18GA05Pattern,
    TG18GA08Pattern,
    TG18GA10Pattern,
    TG18GA15Pattern,
    TG18GA20Pattern,
    TG18GA25Pattern,
    TG18GA30Pattern,
    TG18CHImage,
    TG18KNImage,
    TG18MM1Image,
    TG18MM2Image,
    OIQPattern,
    ANGPattern,
    GDPattern,
    BN01Pattern,
    BN02Pattern,
    BN03Pattern,
    BN04Pattern,
    BN05Pattern,
    BN06Pattern,
    BN07Pattern,
    BN08Pattern,
    BN09Pattern,
    BN10Pattern,
    BN11Pattern,
    BN12Pattern,
    BN13Pattern,
    BN14Pattern,
    BN15Pattern,
    BN16Pattern,
    BN17Pattern,
    BN18Pattern,
    DINGeometryPattern,
    DINGrayscalePattern,
    DINResolutionPattern,
    WhitePattern,
    SMPTEPattern,
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
