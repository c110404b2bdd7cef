"""CID 12125 Abdominopelvic Vessel.

Extensible, version 20201116, UID 1.2.840.10008.6.1.1355.
Includes CID 12111, CID 12112, CID 12113, CID 12114.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12125
NAME: _Final[str] = "Abdominopelvic Vessel"
KEYWORD: _Final[str | None] = "AbdominopelvicVessel"
UID: _Final[str | None] = "1.2.840.10008.6.1.1355"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20201116"
INCLUDES: _Final[tuple[int, ...]] = (12111, 12112, 12113, 12114)
EXTERNAL_SCHEME: _Final[str | None] = None

AccessoryRenalArtery: _Final[_Code] = _Code(
    "SCT", "85383006", "Accessory Renal Artery", (12111, 12115)
)
"""Accessory Renal Artery (SCT 85383006). Included from CID 12111."""

CommonIliacArtery: _Final[_Code] = _Code(
    "SCT", "73634005", "Common Iliac Artery", (3010, 12109, 12111, 12140)
)
"""Common Iliac Artery (SCT 73634005). Included from CID 12111."""

GastricArtery: _Final[_Code] = _Code("SCT", "23771002", "Gastric Artery", (12111,))
"""Gastric Artery (SCT 23771002). Included from CID 12111."""

LumbarArtery: _Final[_Code] = _Code("SCT", "34635009", "Lumbar Artery", (3010, 3606, 12111))
"""Lumbar Artery (SCT 34635009). Included from CID 12111."""

FirstLumbarArtery: _Final[_Code] = _Code("SCT", "397407009", "First Lumbar Artery", (12111,))
"""First Lumbar Artery (SCT 397407009). Included from CID 12111."""

SecondLumbarArtery: _Final[_Code] = _Code("SCT", "397408004", "Second Lumbar Artery", (12111,))
"""Second Lumbar Artery (SCT 397408004). Included from CID 12111."""

ThirdLumbarArtery: _Final[_Code] = _Code("SCT", "397409007", "Third Lumbar Artery", (12111,))
"""Third Lumbar Artery (SCT 397409007). Included from CID 12111."""

FourthLumbarArtery: _Final[_Code] = _Code("SCT", "397410002", "Fourth Lumbar Artery", (12111,))
"""Fourth Lumbar Artery (SCT 397410002). Included from CID 12111."""

FifthLumbarArtery: _Final[_Code] = _Code("SCT", "397411003", "Fifth Lumbar Artery", (12111,))
"""Fifth Lumbar Artery (SCT 397411003). Included from CID 12111."""

SixthLumbarArtery: _Final[_Code] = _Code("SCT", "397412005", "Sixth Lumbar Artery", (12111,))
"""Sixth Lumbar Artery (SCT 397412005). Included from CID 12111."""

OvarianArtery: _Final[_Code] = _Code("SCT", "12052000", "Ovarian Artery", (12111, 12140))
"""Ovarian Artery (SCT 12052000). Included from CID 12111."""

TesticularArtery: _Final[_Code] = _Code("SCT", "27175001", "Testicular Artery", (12111,))
"""Testicular Artery (SCT 27175001). Included from CID 12111."""

UmbilicalArtery: _Final[_Code] = _Code(
    "SCT", "50536004", "Umbilical Artery", (3010, 3606, 12111, 12140)
)
"""Umbilical Artery (SCT 50536004). Included from CID 12111."""

UterineArtery: _Final[_Code] = _Code("SCT", "91079009", "Uterine Artery", (12111, 12140))
"""Uterine Artery (SCT 91079009). Included from CID 12111."""

AbdominalAorta: _Final[_Code] = _Code(
    "SCT", "7832008", "Abdominal aorta", (3010, 3606, 4030, 7154, 12112, 12291)
)
"""Abdominal aorta (SCT 7832008). Included from CID 12112."""

InfraRenalAorta: _Final[_Code] = _Code("SCT", "28205006", "Infra-renal Aorta", (12112, 12291))
"""Infra-renal Aorta (SCT 28205006). Included from CID 12112."""

SupraRenalAorta: _Final[_Code] = _Code("SCT", "1918003", "Supra-renal Aorta", (12112, 12291))
"""Supra-renal Aorta (SCT 1918003). Included from CID 12112."""

CeliacAxis: _Final[_Code] = _Code("SCT", "57850000", "Celiac Axis", (3010, 12112))
"""Celiac Axis (SCT 57850000). Included from CID 12112."""

CommonHepaticArtery: _Final[_Code] = _Code("SCT", "66559000", "Common Hepatic Artery", (12112,))
"""Common Hepatic Artery (SCT 66559000). Included from CID 12112."""

GastroduodenalArtery: _Final[_Code] = _Code("SCT", "37274004", "Gastroduodenal Artery", (12112,))
"""Gastroduodenal Artery (SCT 37274004). Included from CID 12112."""

InferiorMesentericArtery: _Final[_Code] = _Code(
    "SCT", "33795007", "Inferior Mesenteric Artery", (3010, 12112)
)
"""Inferior Mesenteric Artery (SCT 33795007). Included from CID 12112."""

ProperHepaticArtery: _Final[_Code] = _Code("SCT", "18112008", "Proper Hepatic Artery", (12112,))
"""Proper Hepatic Artery (SCT 18112008). Included from CID 12112."""

RightBranchOfHepaticArtery: _Final[_Code] = _Code(
    "SCT", "69421009", "Right Branch of Hepatic Artery", (12112,)
)
"""Right Branch of Hepatic Artery (SCT 69421009). Included from CID 12112."""

LeftBranchOfHepaticArtery: _Final[_Code] = _Code(
    "SCT", "21807003", "Left Branch of Hepatic Artery", (12112,)
)
"""Left Branch of Hepatic Artery (SCT 21807003). Included from CID 12112."""

SplenicArtery: _Final[_Code] = _Code("SCT", "22083002", "Splenic Artery", (3010, 12112))
"""Splenic Artery (SCT 22083002). Included from CID 12112."""

SuperiorMesentericArtery: _Final[_Code] = _Code(
    "SCT", "42258001", "Superior Mesenteric Artery", (3010, 12112)
)
"""Superior Mesenteric Artery (SCT 42258001). Included from CID 12112."""

CommonIliacVein: _Final[_Code] = _Code("SCT", "46027005", "Common iliac vein", (3010, 12110, 12113))
"""Common iliac vein (SCT 46027005). Included from CID 12113."""

GastricVein: _Final[_Code] = _Code("SCT", "110568007", "Gastric vein", (3010, 3607, 12113))
"""Gastric vein (SCT 110568007). Included from CID 12113."""

IlealVein: _Final[_Code] = _Code("SCT", "397439002", "Ileal vein", (12113,))
"""Ileal vein (SCT 397439002). Included from CID 12113."""

OvarianVein: _Final[_Code] = _Code("SCT", "976004", "Ovarian vein", (12113, 12140))
"""Ovarian vein (SCT 976004). Included from CID 12113."""

TesticularVein: _Final[_Code] = _Code("SCT", "31688004", "Testicular Vein", (12113,))
"""Testicular Vein (SCT 31688004). Included from CID 12113."""

HepaticVein: _Final[_Code] = _Code("SCT", "8993003", "Hepatic Vein", (3010, 3607, 12114, 12282))
"""Hepatic Vein (SCT 8993003). Included from CID 12114."""

InferiorRightHepaticVein: _Final[_Code] = _Code(
    "SCT", "397425002", "Inferior Right Hepatic Vein", (12114,)
)
"""Inferior Right Hepatic Vein (SCT 397425002). Included from CID 12114."""

LeftHepaticVein: _Final[_Code] = _Code("SCT", "273202007", "Left Hepatic Vein", (12114,))
"""Left Hepatic Vein (SCT 273202007). Included from CID 12114."""

MiddleHepaticVein: _Final[_Code] = _Code("SCT", "273099000", "Middle Hepatic Vein", (12114,))
"""Middle Hepatic Vein (SCT 273099000). Included from CID 12114."""

RightHepaticVein: _Final[_Code] = _Code("SCT", "272998002", "Right Hepatic Vein", (12114,))
"""Right Hepatic Vein (SCT 272998002). Included from CID 12114."""

PortalVein: _Final[_Code] = _Code("SCT", "32764006", "Portal Vein", (3010, 3607, 12114))
"""Portal Vein (SCT 32764006). Included from CID 12114."""

LeftMainBranchOfPortalVein: _Final[_Code] = _Code(
    "SCT", "70253006", "Left Main Branch of Portal Vein", (12114,)
)
"""Left Main Branch of Portal Vein (SCT 70253006). Included from CID 12114."""

RightMainBranchOfPortalVein: _Final[_Code] = _Code(
    "SCT", "73931004", "Right Main Branch of Portal Vein", (12114,)
)
"""Right Main Branch of Portal Vein (SCT 73931004). Included from CID 12114."""

InferiorMesentericVein: _Final[_Code] = _Code(
    "SCT", "32859001", "Inferior Mesenteric Vein", (12114,)
)
"""Inferior Mesenteric Vein (SCT 32859001). Included from CID 12114."""

InferiorVenaCava: _Final[_Code] = _Code(
    "SCT", "64131007", "Inferior Vena Cava", (3010, 3607, 6117, 6204, 7154, 12114, 12282, 12305)
)
"""Inferior Vena Cava (SCT 64131007). Included from CID 12114."""

SplenicVein: _Final[_Code] = _Code("SCT", "35819009", "Splenic Vein", (3010, 3607, 12114))
"""Splenic Vein (SCT 35819009). Included from CID 12114."""

SuperiorMesentericVein: _Final[_Code] = _Code(
    "SCT", "90771006", "Superior Mesenteric Vein", (12114,)
)
"""Superior Mesenteric Vein (SCT 90771006). Included from CID 12114."""

TransjugularIntrahepaticPortosystemicShunt: _Final[_Code] = _Code(
    "SCT", "397423009", "Transjugular Intrahepatic Portosystemic Shunt", (12114,)
)
"""Transjugular Intrahepatic Portosystemic Shunt (SCT 397423009). Included from CID 12114."""

UmbilicalVein: _Final[_Code] = _Code("SCT", "284639000", "Umbilical Vein", (3010, 3607, 12114))
"""Umbilical Vein (SCT 284639000). Included from CID 12114."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AccessoryRenalArtery,
    CommonIliacArtery,
    GastricArtery,
    LumbarArtery,
    FirstLumbarArtery,
    SecondLumbarArtery,
    ThirdLumbarArtery,
    FourthLumbarArtery,
    FifthLumbarArtery,
    SixthLumbarArtery,
    OvarianArtery,
    TesticularArtery,
    UmbilicalArtery,
    UterineArtery,
    AbdominalAorta,
    InfraRenalAorta,
    SupraRenalAorta,
    CeliacAxis,
    CommonHepaticArtery,
    GastroduodenalArtery,
    InferiorMesentericArtery,
    ProperHepaticArtery,
    RightBranchOfHepaticArtery,
    LeftBranchOfHepaticArtery,
    SplenicArtery,
    SuperiorMesentericArtery,
    CommonIliacVein,
    GastricVein,
    IlealVein,
    OvarianVein,
    TesticularVein,
    HepaticVein,
    InferiorRightHepaticVein,
    LeftHepaticVein,
    MiddleHepaticVein,
    RightHepaticVein,
    PortalVein,
    LeftMainBranchOfPortalVein,
    RightMainBranchOfPortalVein,
    InferiorMesentericVein,
    InferiorVenaCava,
    SplenicVein,
    SuperiorMesentericVein,
    TransjugularIntrahepaticPortosystemicShunt,
    UmbilicalVein,
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
