"""CID 3001 ECG Lead.

Extensible, version 20130613, UID 1.2.840.10008.6.1.43.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3001
NAME: _Final[str] = "ECG Lead"
KEYWORD: _Final[str | None] = "ECGLead"
UID: _Final[str | None] = "1.2.840.10008.6.1.43"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20130613"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LeadANehbAnterior: _Final[_Code] = _Code("MDC", "2:71", "Lead A (Nehb - Anterior)", (3001,))
"""Lead A (Nehb - Anterior) (MDC 2:71)."""

AuxiliaryUnipolarLead1: _Final[_Code] = _Code("MDC", "2:75", "Auxiliary unipolar lead 1", (3001,))
"""Auxiliary unipolar lead 1 (MDC 2:75)."""

AuxiliaryUnipolarLead2: _Final[_Code] = _Code("MDC", "2:76", "Auxiliary unipolar lead 2", (3001,))
"""Auxiliary unipolar lead 2 (MDC 2:76)."""

AuxiliaryUnipolarLead3: _Final[_Code] = _Code("MDC", "2:77", "Auxiliary unipolar lead 3", (3001,))
"""Auxiliary unipolar lead 3 (MDC 2:77)."""

AuxiliaryUnipolarLead4: _Final[_Code] = _Code("MDC", "2:78", "Auxiliary unipolar lead 4", (3001,))
"""Auxiliary unipolar lead 4 (MDC 2:78)."""

AuxiliaryBipolarLead1: _Final[_Code] = _Code("MDC", "2:127", "Auxiliary bipolar lead 1", (3001,))
"""Auxiliary bipolar lead 1 (MDC 2:127)."""

AuxiliaryBipolarLead2: _Final[_Code] = _Code("MDC", "2:128", "Auxiliary bipolar lead 2", (3001,))
"""Auxiliary bipolar lead 2 (MDC 2:128)."""

AuxiliaryBipolarLead3: _Final[_Code] = _Code("MDC", "2:129", "Auxiliary bipolar lead 3", (3001,))
"""Auxiliary bipolar lead 3 (MDC 2:129)."""

AuxiliaryBipolarLead4: _Final[_Code] = _Code("MDC", "2:130", "Auxiliary bipolar lead 4", (3001,))
"""Auxiliary bipolar lead 4 (MDC 2:130)."""

EASILeadAI: _Final[_Code] = _Code("MDC", "2:133", "EASI Lead AI", (3001,))
"""EASI Lead AI (MDC 2:133)."""

EASILeadAS: _Final[_Code] = _Code("MDC", "2:132", "EASI Lead AS", (3001,))
"""EASI Lead AS (MDC 2:132)."""

AvfAugmentedVoltageFoot: _Final[_Code] = _Code(
    "MDC", "2:64", "aVF, augmented voltage, foot", (3001,)
)
"""aVF, augmented voltage, foot (MDC 2:64)."""

AvlAugmentedVoltageLeft: _Final[_Code] = _Code(
    "MDC", "2:63", "aVL, augmented voltage, left", (3001,)
)
"""aVL, augmented voltage, left (MDC 2:63)."""

AvrAugmentedVoltageRight: _Final[_Code] = _Code(
    "MDC", "2:62", "aVR, augmented voltage, right", (3001,)
)
"""aVR, augmented voltage, right (MDC 2:62)."""

Avr: _Final[_Code] = _Code("MDC", "2:65", "−aVR", (3001,))
"""−aVR (MDC 2:65)."""

ChestLead_2_86: _Final[_Code] = _Code("MDC", "2:86", "Chest lead", (3001,))
"""Chest lead (MDC 2:86)."""

NegativeLowRightScapulaLead: _Final[_Code] = _Code(
    "MDC", "2:124", "negative: low right scapula Lead", (3001,)
)
"""negative: low right scapula Lead (MDC 2:124)."""

ChestLead_2_98: _Final[_Code] = _Code("MDC", "2:98", "Chest lead (symmetric placement)", (3001,))
"""Chest lead (symmetric placement) (MDC 2:98)."""

ChestLeadPerV1AndV1RPlacement: _Final[_Code] = _Code(
    "MDC", "2:99", "Chest lead per V1 and V1R placement", (3001,)
)
"""Chest lead per V1 and V1R placement (MDC 2:99)."""

ChestLeadPerV2AndV2RPlacement: _Final[_Code] = _Code(
    "MDC", "2:100", "Chest lead per V2 and V2R placement", (3001,)
)
"""Chest lead per V2 and V2R placement (MDC 2:100)."""

ChestLeadPerV3AndV3RPlacement: _Final[_Code] = _Code(
    "MDC", "2:101", "Chest lead per V3 and V3R placement", (3001,)
)
"""Chest lead per V3 and V3R placement (MDC 2:101)."""

ChestLeadPerV4AndV4RPlacement: _Final[_Code] = _Code(
    "MDC", "2:102", "Chest lead per V4 and V4R placement", (3001,)
)
"""Chest lead per V4 and V4R placement (MDC 2:102)."""

ChestLeadPerV5AndV5RPlacement: _Final[_Code] = _Code(
    "MDC", "2:19", "Chest lead per V5 and V5R placement", (3001,)
)
"""Chest lead per V5 and V5R placement (MDC 2:19)."""

ChestLeadPerV6AndV6RPlacement: _Final[_Code] = _Code(
    "MDC", "2:103", "Chest lead per V6 and V6R placement", (3001,)
)
"""Chest lead per V6 and V6R placement (MDC 2:103)."""

ChestLeadPerV7AndV8RPlacement: _Final[_Code] = _Code(
    "MDC", "2:104", "Chest lead per V7 and V8R placement", (3001,)
)
"""Chest lead per V7 and V8R placement (MDC 2:104)."""

LeadCH5: _Final[_Code] = _Code("MDC", "2:122", "Lead CH5", (3001,))
"""Lead CH5 (MDC 2:122)."""

ChestManubriumLead: _Final[_Code] = _Code("MDC", "2:105", "Chest-manubrium lead", (3001,))
"""Chest-manubrium lead (MDC 2:105)."""

ChestManubriumLeadPerV1Placement: _Final[_Code] = _Code(
    "MDC", "2:106", "Chest-manubrium lead per V1 placement", (3001,)
)
"""Chest-manubrium lead per V1 placement (MDC 2:106)."""

ChestManubriumLeadPerV2Placement: _Final[_Code] = _Code(
    "MDC", "2:107", "Chest-manubrium lead per V2 placement", (3001,)
)
"""Chest-manubrium lead per V2 placement (MDC 2:107)."""

ChestManubriumLeadPerV3Placement: _Final[_Code] = _Code(
    "MDC", "2:108", "Chest-manubrium lead per V3 placement", (3001,)
)
"""Chest-manubrium lead per V3 placement (MDC 2:108)."""

ChestManubriumLeadPerV4Placement: _Final[_Code] = _Code(
    "MDC", "2:109", "Chest-manubrium lead per V4 placement", (3001,)
)
"""Chest-manubrium lead per V4 placement (MDC 2:109)."""

ChestManubriumLeadPerV5Placement: _Final[_Code] = _Code(
    "MDC", "2:20", "Chest-manubrium lead per V5 placement", (3001,)
)
"""Chest-manubrium lead per V5 placement (MDC 2:20)."""

ChestManubriumLeadPerV6Placement: _Final[_Code] = _Code(
    "MDC", "2:110", "Chest-manubrium lead per V6 placement", (3001,)
)
"""Chest-manubrium lead per V6 placement (MDC 2:110)."""

ChestManubriumLeadPerV7Placement: _Final[_Code] = _Code(
    "MDC", "2:121", "Chest-manubrium lead per V7 placement", (3001,)
)
"""Chest-manubrium lead per V7 placement (MDC 2:121)."""

LeadCR5: _Final[_Code] = _Code("MDC", "2:125", "Lead CR5", (3001,))
"""Lead CR5 (MDC 2:125)."""

NegativeRightInfraclavicularFossa: _Final[_Code] = _Code(
    "MDC", "2:123", "negative: right infraclavicular fossa", (3001,)
)
"""negative: right infraclavicular fossa (MDC 2:123)."""

CanineFifthRightIntercostalSpaceNearEdgeOfSternum: _Final[_Code] = _Code(
    "MDC", "2:148", "Canine, fifth right intercostal space near edge of sternum", (3001,)
)
"""Canine, fifth right intercostal space near edge of sternum (MDC 2:148)."""

CanineSixthLeftIntercostalSpaceNearEdgeOfSternum: _Final[_Code] = _Code(
    "MDC", "2:149", "Canine, sixth left intercostal space near edge of sternum", (3001,)
)
"""Canine, sixth left intercostal space near edge of sternum (MDC 2:149)."""

CanineSixthLeftIntercostalSpaceAtCostochondralJunction: _Final[_Code] = _Code(
    "MDC", "2:150", "Canine, sixth left intercostal space at costochondral junction", (3001,)
)
"""Canine, sixth left intercostal space at costochondral junction (MDC 2:150)."""

LeadDNehbDorsal: _Final[_Code] = _Code("MDC", "2:70", "Lead D (Nehb - Dorsal)", (3001,))
"""Lead D (Nehb - Dorsal) (MDC 2:70)."""

DerivedLeadAvf: _Final[_Code] = _Code("MDC", "2:114", "Derived Lead aVF", (3001,))
"""Derived Lead aVF (MDC 2:114)."""

DerivedLeadAvl: _Final[_Code] = _Code("MDC", "2:113", "Derived Lead aVL", (3001,))
"""Derived Lead aVL (MDC 2:113)."""

DerivedLeadAvr: _Final[_Code] = _Code("MDC", "2:112", "Derived Lead aVR", (3001,))
"""Derived Lead aVR (MDC 2:112)."""

DefibrillatorLeadAnteriorLateral: _Final[_Code] = _Code(
    "MDC", "2:73", "Defibrillator lead: anterior-lateral", (3001,)
)
"""Defibrillator lead: anterior-lateral (MDC 2:73)."""

DerivedLeadI: _Final[_Code] = _Code("MDC", "2:31", "Derived Lead I", (3001,))
"""Derived Lead I (MDC 2:31)."""

DerivedLeadII: _Final[_Code] = _Code("MDC", "2:32", "Derived Lead II", (3001,))
"""Derived Lead II (MDC 2:32)."""

DerivedLeadIII: _Final[_Code] = _Code("MDC", "2:111", "Derived Lead III", (3001,))
"""Derived Lead III (MDC 2:111)."""

DerivedLeadV1: _Final[_Code] = _Code("MDC", "2:33", "Derived Lead V1", (3001,))
"""Derived Lead V1 (MDC 2:33)."""

DerivedLeadV2: _Final[_Code] = _Code("MDC", "2:34", "Derived Lead V2", (3001,))
"""Derived Lead V2 (MDC 2:34)."""

DerivedLeadV3: _Final[_Code] = _Code("MDC", "2:35", "Derived Lead V3", (3001,))
"""Derived Lead V3 (MDC 2:35)."""

DerivedLeadV4: _Final[_Code] = _Code("MDC", "2:36", "Derived Lead V4", (3001,))
"""Derived Lead V4 (MDC 2:36)."""

DerivedLeadV5: _Final[_Code] = _Code("MDC", "2:37", "Derived Lead V5", (3001,))
"""Derived Lead V5 (MDC 2:37)."""

DerivedLeadV6: _Final[_Code] = _Code("MDC", "2:38", "Derived Lead V6", (3001,))
"""Derived Lead V6 (MDC 2:38)."""

EASILeadES: _Final[_Code] = _Code("MDC", "2:131", "EASI Lead ES", (3001,))
"""EASI Lead ES (MDC 2:131)."""

ExternalPacingLeadAnteriorPosterior: _Final[_Code] = _Code(
    "MDC", "2:74", "External pacing lead: anterior-posterior", (3001,)
)
"""External pacing lead: anterior-posterior (MDC 2:74)."""

FrankLeadA: _Final[_Code] = _Code("MDC", "2:27", "Frank Lead A", (3001,))
"""Frank Lead A (MDC 2:27)."""

FrankLeadC: _Final[_Code] = _Code("MDC", "2:26", "Frank Lead C", (3001,))
"""Frank Lead C (MDC 2:26)."""

FrankLeadE: _Final[_Code] = _Code("MDC", "2:25", "Frank Lead E", (3001,))
"""Frank Lead E (MDC 2:25)."""

FrankLeadF: _Final[_Code] = _Code("MDC", "2:29", "Frank Lead F", (3001,))
"""Frank Lead F (MDC 2:29)."""

FrankLeadH: _Final[_Code] = _Code("MDC", "2:30", "Frank Lead H", (3001,))
"""Frank Lead H (MDC 2:30)."""

FrankLeadI: _Final[_Code] = _Code("MDC", "2:24", "Frank Lead I", (3001,))
"""Frank Lead I (MDC 2:24)."""

FrankLeadM: _Final[_Code] = _Code("MDC", "2:28", "Frank Lead M", (3001,))
"""Frank Lead M (MDC 2:28)."""

LeadI: _Final[_Code] = _Code("MDC", "2:1", "Lead I", (3001,))
"""Lead I (MDC 2:1)."""

LeadII: _Final[_Code] = _Code("MDC", "2:2", "Lead II", (3001,))
"""Lead II (MDC 2:2)."""

LeadIII: _Final[_Code] = _Code("MDC", "2:61", "Lead III", (3001,))
"""Lead III (MDC 2:61)."""

LeadJNehbInferior: _Final[_Code] = _Code("MDC", "2:72", "Lead J (Nehb - Inferior)", (3001,))
"""Lead J (Nehb - Inferior) (MDC 2:72)."""

LeftArmLead: _Final[_Code] = _Code("MDC", "2:21", "Left Arm Lead", (3001,))
"""Left Arm Lead (MDC 2:21)."""

LeftLegLead: _Final[_Code] = _Code("MDC", "2:23", "Left Leg Lead", (3001,))
"""Left Leg Lead (MDC 2:23)."""

ModifiedChestLead: _Final[_Code] = _Code(
    "MDC", "2:91", "Modified chest lead (left arm indifferent)", (3001,)
)
"""Modified chest lead (left arm indifferent) (MDC 2:91)."""

ModifiedChestLeadPerV1Placement: _Final[_Code] = _Code(
    "MDC", "2:92", "Modified chest lead per V1 placement", (3001,)
)
"""Modified chest lead per V1 placement (MDC 2:92)."""

ModifiedChestLeadPerV2Placement: _Final[_Code] = _Code(
    "MDC", "2:93", "Modified chest lead per V2 placement", (3001,)
)
"""Modified chest lead per V2 placement (MDC 2:93)."""

ModifiedChestLeadPerV3Placement: _Final[_Code] = _Code(
    "MDC", "2:94", "Modified chest lead per V3 placement", (3001,)
)
"""Modified chest lead per V3 placement (MDC 2:94)."""

ModifiedChestLeadPerV4Placement: _Final[_Code] = _Code(
    "MDC", "2:95", "Modified chest lead per V4 placement", (3001,)
)
"""Modified chest lead per V4 placement (MDC 2:95)."""

ModifiedChestLeadPerV5Placement: _Final[_Code] = _Code(
    "MDC", "2:96", "Modified chest lead per V5 placement", (3001,)
)
"""Modified chest lead per V5 placement (MDC 2:96)."""

ModifiedChestLeadPerV6Placement: _Final[_Code] = _Code(
    "MDC", "2:97", "Modified chest lead per V6 placement", (3001,)
)
"""Modified chest lead per V6 placement (MDC 2:97)."""

ModifiedLimbLead: _Final[_Code] = _Code("MDC", "2:126", "Modified limb lead", (3001,))
"""Modified limb lead (MDC 2:126)."""

RightArmLead: _Final[_Code] = _Code("MDC", "2:22", "Right Arm Lead", (3001,))
"""Right Arm Lead (MDC 2:22)."""

RightLegLead: _Final[_Code] = _Code("MDC", "2:147", "Right Leg Lead", (3001,))
"""Right Leg Lead (MDC 2:147)."""

EASIUpperSternumLead: _Final[_Code] = _Code("MDC", "2:134", "EASI upper sternum lead", (3001,))
"""EASI upper sternum lead (MDC 2:134)."""

PrecordialLead: _Final[_Code] = _Code("MDC", "2:87", "Precordial lead", (3001,))
"""Precordial lead (MDC 2:87)."""

LeadV1: _Final[_Code] = _Code("MDC", "2:3", "Lead V1", (3001,))
"""Lead V1 (MDC 2:3)."""

CanineOverDorsalSpinousProcessOf7thThoracicVertebra: _Final[_Code] = _Code(
    "MDC", "2:151", "Canine, over dorsal spinous process of 7th thoracic vertebra", (3001,)
)
"""Canine, over dorsal spinous process of 7th thoracic vertebra (MDC 2:151)."""

LeadV2: _Final[_Code] = _Code("MDC", "2:4", "Lead V2", (3001,))
"""Lead V2 (MDC 2:4)."""

LeadV2R: _Final[_Code] = _Code("MDC", "2:10", "Lead V2R", (3001,))
"""Lead V2R (MDC 2:10)."""

LeadV3: _Final[_Code] = _Code("MDC", "2:5", "Lead V3", (3001,))
"""Lead V3 (MDC 2:5)."""

LeadV3R: _Final[_Code] = _Code("MDC", "2:11", "Lead V3R", (3001,))
"""Lead V3R (MDC 2:11)."""

LeadV4: _Final[_Code] = _Code("MDC", "2:6", "Lead V4", (3001,))
"""Lead V4 (MDC 2:6)."""

LeadV4R: _Final[_Code] = _Code("MDC", "2:12", "Lead V4R", (3001,))
"""Lead V4R (MDC 2:12)."""

LeadV5: _Final[_Code] = _Code("MDC", "2:7", "Lead V5", (3001,))
"""Lead V5 (MDC 2:7)."""

LeadV5R: _Final[_Code] = _Code("MDC", "2:13", "Lead V5R", (3001,))
"""Lead V5R (MDC 2:13)."""

LeadV6: _Final[_Code] = _Code("MDC", "2:8", "Lead V6", (3001,))
"""Lead V6 (MDC 2:8)."""

LeadV6R: _Final[_Code] = _Code("MDC", "2:14", "Lead V6R", (3001,))
"""Lead V6R (MDC 2:14)."""

LeadV7: _Final[_Code] = _Code("MDC", "2:9", "Lead V7", (3001,))
"""Lead V7 (MDC 2:9)."""

LeadV7R: _Final[_Code] = _Code("MDC", "2:15", "Lead V7R", (3001,))
"""Lead V7R (MDC 2:15)."""

LeadV8: _Final[_Code] = _Code("MDC", "2:66", "Lead V8", (3001,))
"""Lead V8 (MDC 2:66)."""

LeadV8R: _Final[_Code] = _Code("MDC", "2:68", "Lead V8R", (3001,))
"""Lead V8R (MDC 2:68)."""

LeadV9: _Final[_Code] = _Code("MDC", "2:67", "Lead V9", (3001,))
"""Lead V9 (MDC 2:67)."""

LeadV9R: _Final[_Code] = _Code("MDC", "2:69", "Lead V9R", (3001,))
"""Lead V9R (MDC 2:69)."""

LeadVFNonaugmentedVoltageVectorOfLL: _Final[_Code] = _Code(
    "MDC", "2:90", "Lead VF, nonaugmented voltage, vector of LL", (3001,)
)
"""Lead VF, nonaugmented voltage, vector of LL (MDC 2:90)."""

LeadVLNonaugmentedVoltageVectorOfLA: _Final[_Code] = _Code(
    "MDC", "2:89", "Lead VL, nonaugmented voltage, vector of LA", (3001,)
)
"""Lead VL, nonaugmented voltage, vector of LA (MDC 2:89)."""

LeadVRNonaugmentedVoltageVectorOfRA: _Final[_Code] = _Code(
    "MDC", "2:88", "Lead VR, nonaugmented voltage, vector of RA", (3001,)
)
"""Lead VR, nonaugmented voltage, vector of RA (MDC 2:88)."""

LeadX: _Final[_Code] = _Code("MDC", "2:16", "Lead X", (3001,))
"""Lead X (MDC 2:16)."""

LeadY: _Final[_Code] = _Code("MDC", "2:17", "Lead Y", (3001,))
"""Lead Y (MDC 2:17)."""

LeadZ: _Final[_Code] = _Code("MDC", "2:18", "Lead Z", (3001,))
"""Lead Z (MDC 2:18)."""

UnspecifiedLead: _Final[_Code] = _Code("MDC", "2:0", "Unspecified lead", (3001,))
"""Unspecified lead (MDC 2:0)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    LeadANehbAnterior,
    AuxiliaryUnipolarLead1,
    AuxiliaryUnipolarLead2,
    AuxiliaryUnipolarLead3,
    AuxiliaryUnipolarLead4,
    AuxiliaryBipolarLead1,
    AuxiliaryBipolarLead2,
    AuxiliaryBipolarLead3,
    AuxiliaryBipolarLead4,
    EASILeadAI,
    EASILeadAS,
    AvfAugmentedVoltageFoot,
    AvlAugmentedVoltageLeft,
    AvrAugmentedVoltageRight,
    Avr,
    ChestLead_2_86,
    NegativeLowRightScapulaLead,
    ChestLead_2_98,
    ChestLeadPerV1AndV1RPlacement,
    ChestLeadPerV2AndV2RPlacement,
    ChestLeadPerV3AndV3RPlacement,
    ChestLeadPerV4AndV4RPlacement,
    ChestLeadPerV5AndV5RPlacement,
    ChestLeadPerV6AndV6RPlacement,
    ChestLeadPerV7AndV8RPlacement,
    LeadCH5,
    ChestManubriumLead,
    ChestManubriumLeadPerV1Placement,
    ChestManubriumLeadPerV2Placement,
    ChestManubriumLeadPerV3Placement,
    ChestManubriumLeadPerV4Placement,
    ChestManubriumLeadPerV5Placement,
    ChestManubriumLeadPerV6Placement,
    ChestManubriumLeadPerV7Placement,
    LeadCR5,
    NegativeRightInfraclavicularFossa,
    CanineFifthRightIntercostalSpaceNearEdgeOfSternum,
    CanineSixthLeftIntercostalSpaceNearEdgeOfSternum,
    CanineSixthLeftIntercostalSpaceAtCostochondralJunction,
    LeadDNehbDorsal,
    DerivedLeadAvf,
    DerivedLeadAvl,
    DerivedLeadAvr,
    DefibrillatorLeadAnteriorLateral,
    DerivedLeadI,
    DerivedLeadII,
    DerivedLeadIII,
    DerivedLeadV1,
    DerivedLeadV2,
    DerivedLeadV3,
    DerivedLeadV4,
    DerivedLeadV5,
    DerivedLeadV6,
    EASILeadES,
    ExternalPacingLeadAnteriorPosterior,
    FrankLeadA,
    FrankLeadC,
    FrankLeadE,
    FrankLeadF,
    FrankLeadH,
    FrankLeadI,
    FrankLeadM,
    LeadI,
    LeadII,
    LeadIII,
    LeadJNehbInferior,
    LeftArmLead,
    LeftLegLead,
    ModifiedChestLead,
    ModifiedChestLeadPerV1Placement,
    ModifiedChestLeadPerV2Placement,
    ModifiedChestLeadPerV3Placement,
    ModifiedChestLeadPerV4Placement,
    ModifiedChestLeadPerV5Placement,
    ModifiedChestLeadPerV6Placement,
    ModifiedLimbLead,
    RightArmLead,
    RightLegLead,
    EASIUpperSternumLead,
    PrecordialLead,
    LeadV1,
    CanineOverDorsalSpinousProcessOf7thThoracicVertebra,
    LeadV2,
    LeadV2R,
    LeadV3,
    LeadV3R,
    LeadV4,
    LeadV4R,
    LeadV5,
    LeadV5R,
    LeadV6,
    LeadV6R,
    LeadV7,
    LeadV7R,
    LeadV8,
    LeadV8R,
    LeadV9,
    LeadV9R,
    LeadVFNonaugmentedVoltageVectorOfLL,
    LeadVLNonaugmentedVoltageVectorOfLA,
    LeadVRNonaugmentedVoltageVectorOfRA,
    LeadX,
    LeadY,
    LeadZ,
    UnspecifiedLead,
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
