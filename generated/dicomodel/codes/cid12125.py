"""CID 12125 Abdominopelvic Vessel.

Extensible, version 20201116, UID 1.2.840.10008.6.1.1355.
Includes CID 12111, CID 12112, CID 12113, CID 12114.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12125
NAME: Final[str] = "Abdominopelvic Vessel"
KEYWORD: Final[str | None] = "AbdominopelvicVessel"
UID: Final[str | None] = "1.2.840.10008.6.1.1355"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20201116"
INCLUDES: Final[tuple[int, ...]] = (12111, 12112, 12113, 12114)
EXTERNAL_SCHEME: Final[str | None] = None

AccessoryRenalArtery: Final[Code] = Code(
    "SCT", "85383006", "Accessory Renal Artery", (12111, 12115)
)
"""Accessory Renal Artery (SCT 85383006). Included from CID 12111."""

CommonIliacArtery: Final[Code] = Code(
    "SCT", "73634005", "Common Iliac Artery", (3010, 12109, 12111, 12140)
)
"""Common Iliac Artery (SCT 73634005). Included from CID 12111."""

GastricArtery: Final[Code] = Code("SCT", "23771002", "Gastric Artery", (12111,))
"""Gastric Artery (SCT 23771002). Included from CID 12111."""

LumbarArtery: Final[Code] = Code("SCT", "34635009", "Lumbar Artery", (3010, 3606, 12111))
"""Lumbar Artery (SCT 34635009). Included from CID 12111."""

FirstLumbarArtery: Final[Code] = Code("SCT", "397407009", "First Lumbar Artery", (12111,))
"""First Lumbar Artery (SCT 397407009). Included from CID 12111."""

SecondLumbarArtery: Final[Code] = Code("SCT", "397408004", "Second Lumbar Artery", (12111,))
"""Second Lumbar Artery (SCT 397408004). Included from CID 12111."""

ThirdLumbarArtery: Final[Code] = Code("SCT", "397409007", "Third Lumbar Artery", (12111,))
"""Third Lumbar Artery (SCT 397409007). Included from CID 12111."""

FourthLumbarArtery: Final[Code] = Code("SCT", "397410002", "Fourth Lumbar Artery", (12111,))
"""Fourth Lumbar Artery (SCT 397410002). Included from CID 12111."""

FifthLumbarArtery: Final[Code] = Code("SCT", "397411003", "Fifth Lumbar Artery", (12111,))
"""Fifth Lumbar Artery (SCT 397411003). Included from CID 12111."""

SixthLumbarArtery: Final[Code] = Code("SCT", "397412005", "Sixth Lumbar Artery", (12111,))
"""Sixth Lumbar Artery (SCT 397412005). Included from CID 12111."""

OvarianArtery: Final[Code] = Code("SCT", "12052000", "Ovarian Artery", (12111, 12140))
"""Ovarian Artery (SCT 12052000). Included from CID 12111."""

TesticularArtery: Final[Code] = Code("SCT", "27175001", "Testicular Artery", (12111,))
"""Testicular Artery (SCT 27175001). Included from CID 12111."""

UmbilicalArtery: Final[Code] = Code(
    "SCT", "50536004", "Umbilical Artery", (3010, 3606, 12111, 12140)
)
"""Umbilical Artery (SCT 50536004). Included from CID 12111."""

UterineArtery: Final[Code] = Code("SCT", "91079009", "Uterine Artery", (12111, 12140))
"""Uterine Artery (SCT 91079009). Included from CID 12111."""

AbdominalAorta: Final[Code] = Code(
    "SCT", "7832008", "Abdominal aorta", (3010, 3606, 4030, 7154, 12112, 12291)
)
"""Abdominal aorta (SCT 7832008). Included from CID 12112."""

InfraRenalAorta: Final[Code] = Code("SCT", "28205006", "Infra-renal Aorta", (12112, 12291))
"""Infra-renal Aorta (SCT 28205006). Included from CID 12112."""

SupraRenalAorta: Final[Code] = Code("SCT", "1918003", "Supra-renal Aorta", (12112, 12291))
"""Supra-renal Aorta (SCT 1918003). Included from CID 12112."""

CeliacAxis: Final[Code] = Code("SCT", "57850000", "Celiac Axis", (3010, 12112))
"""Celiac Axis (SCT 57850000). Included from CID 12112."""

CommonHepaticArtery: Final[Code] = Code("SCT", "66559000", "Common Hepatic Artery", (12112,))
"""Common Hepatic Artery (SCT 66559000). Included from CID 12112."""

GastroduodenalArtery: Final[Code] = Code("SCT", "37274004", "Gastroduodenal Artery", (12112,))
"""Gastroduodenal Artery (SCT 37274004). Included from CID 12112."""

InferiorMesentericArtery: Final[Code] = Code(
    "SCT", "33795007", "Inferior Mesenteric Artery", (3010, 12112)
)
"""Inferior Mesenteric Artery (SCT 33795007). Included from CID 12112."""

ProperHepaticArtery: Final[Code] = Code("SCT", "18112008", "Proper Hepatic Artery", (12112,))
"""Proper Hepatic Artery (SCT 18112008). Included from CID 12112."""

RightBranchOfHepaticArtery: Final[Code] = Code(
    "SCT", "69421009", "Right Branch of Hepatic Artery", (12112,)
)
"""Right Branch of Hepatic Artery (SCT 69421009). Included from CID 12112."""

LeftBranchOfHepaticArtery: Final[Code] = Code(
    "SCT", "21807003", "Left Branch of Hepatic Artery", (12112,)
)
"""Left Branch of Hepatic Artery (SCT 21807003). Included from CID 12112."""

SplenicArtery: Final[Code] = Code("SCT", "22083002", "Splenic Artery", (3010, 12112))
"""Splenic Artery (SCT 22083002). Included from CID 12112."""

SuperiorMesentericArtery: Final[Code] = Code(
    "SCT", "42258001", "Superior Mesenteric Artery", (3010, 12112)
)
"""Superior Mesenteric Artery (SCT 42258001). Included from CID 12112."""

CommonIliacVein: Final[Code] = Code("SCT", "46027005", "Common iliac vein", (3010, 12110, 12113))
"""Common iliac vein (SCT 46027005). Included from CID 12113."""

GastricVein: Final[Code] = Code("SCT", "110568007", "Gastric vein", (3010, 3607, 12113))
"""Gastric vein (SCT 110568007). Included from CID 12113."""

IlealVein: Final[Code] = Code("SCT", "397439002", "Ileal vein", (12113,))
"""Ileal vein (SCT 397439002). Included from CID 12113."""

OvarianVein: Final[Code] = Code("SCT", "976004", "Ovarian vein", (12113, 12140))
"""Ovarian vein (SCT 976004). Included from CID 12113."""

TesticularVein: Final[Code] = Code("SCT", "31688004", "Testicular Vein", (12113,))
"""Testicular Vein (SCT 31688004). Included from CID 12113."""

HepaticVein: Final[Code] = Code("SCT", "8993003", "Hepatic Vein", (3010, 3607, 12114, 12282))
"""Hepatic Vein (SCT 8993003). Included from CID 12114."""

InferiorRightHepaticVein: Final[Code] = Code(
    "SCT", "397425002", "Inferior Right Hepatic Vein", (12114,)
)
"""Inferior Right Hepatic Vein (SCT 397425002). Included from CID 12114."""

LeftHepaticVein: Final[Code] = Code("SCT", "273202007", "Left Hepatic Vein", (12114,))
"""Left Hepatic Vein (SCT 273202007). Included from CID 12114."""

MiddleHepaticVein: Final[Code] = Code("SCT", "273099000", "Middle Hepatic Vein", (12114,))
"""Middle Hepatic Vein (SCT 273099000). Included from CID 12114."""

RightHepaticVein: Final[Code] = Code("SCT", "272998002", "Right Hepatic Vein", (12114,))
"""Right Hepatic Vein (SCT 272998002). Included from CID 12114."""

PortalVein: Final[Code] = Code("SCT", "32764006", "Portal Vein", (3010, 3607, 12114))
"""Portal Vein (SCT 32764006). Included from CID 12114."""

LeftMainBranchOfPortalVein: Final[Code] = Code(
    "SCT", "70253006", "Left Main Branch of Portal Vein", (12114,)
)
"""Left Main Branch of Portal Vein (SCT 70253006). Included from CID 12114."""

RightMainBranchOfPortalVein: Final[Code] = Code(
    "SCT", "73931004", "Right Main Branch of Portal Vein", (12114,)
)
"""Right Main Branch of Portal Vein (SCT 73931004). Included from CID 12114."""

InferiorMesentericVein: Final[Code] = Code("SCT", "32859001", "Inferior Mesenteric Vein", (12114,))
"""Inferior Mesenteric Vein (SCT 32859001). Included from CID 12114."""

InferiorVenaCava: Final[Code] = Code(
    "SCT", "64131007", "Inferior Vena Cava", (3010, 3607, 6117, 6204, 7154, 12114, 12282, 12305)
)
"""Inferior Vena Cava (SCT 64131007). Included from CID 12114."""

SplenicVein: Final[Code] = Code("SCT", "35819009", "Splenic Vein", (3010, 3607, 12114))
"""Splenic Vein (SCT 35819009). Included from CID 12114."""

SuperiorMesentericVein: Final[Code] = Code("SCT", "90771006", "Superior Mesenteric Vein", (12114,))
"""Superior Mesenteric Vein (SCT 90771006). Included from CID 12114."""

TransjugularIntrahepaticPortosystemicShunt: Final[Code] = Code(
    "SCT", "397423009", "Transjugular Intrahepatic Portosystemic Shunt", (12114,)
)
"""Transjugular Intrahepatic Portosystemic Shunt (SCT 397423009). Included from CID 12114."""

UmbilicalVein: Final[Code] = Code("SCT", "284639000", "Umbilical Vein", (3010, 3607, 12114))
"""Umbilical Vein (SCT 284639000). Included from CID 12114."""

MEMBERS: Final[tuple[Code, ...]] = (
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
