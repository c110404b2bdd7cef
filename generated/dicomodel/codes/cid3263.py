"""CID 3263 Electrode Placement Value.

Extensible, version 20080927, UID 1.2.840.10008.6.1.59.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3263
NAME: _Final[str] = "Electrode Placement Value"
KEYWORD: _Final[str | None] = "ElectrodePlacementValue"
UID: _Final[str | None] = "1.2.840.10008.6.1.59"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Unspecified12LeadSystem: _Final[_Code] = _Code(
    "MDC", "10:11264", "Unspecified 12-lead system", (3263,)
)
"""Unspecified 12-lead system (MDC 10:11264)."""

Standard12LeadPositionsElectrodesPlacedIndividually: _Final[_Code] = _Code(
    "MDC", "10:11265", "Standard 12-lead positions, electrodes placed individually", (3263,)
)
"""Standard 12-lead positions, electrodes placed individually (MDC 10:11265)."""

MasonLikarLeadPositionsElectrodesPlacedIndividually: _Final[_Code] = _Code(
    "MDC", "10:11266", "Mason-Likar lead positions, electrodes placed individually", (3263,)
)
"""Mason-Likar lead positions, electrodes placed individually (MDC 10:11266)."""

MasonLikarLeadPositionsV1V6InElectrodePad: _Final[_Code] = _Code(
    "MDC", "10:11267", "Mason-Likar lead positions, V1-V6 in electrode pad", (3263,)
)
"""Mason-Likar lead positions, V1-V6 in electrode pad (MDC 10:11267)."""

V12LeadElectrodePad: _Final[_Code] = _Code("MDC", "10:11268", "12-lead electrode pad", (3263,))
"""12-lead electrode pad (MDC 10:11268)."""

V12LeadDerivedFromFrankXYZLeads: _Final[_Code] = _Code(
    "MDC", "10:11269", "12-lead derived from Frank XYZ leads", (3263,)
)
"""12-lead derived from Frank XYZ leads (MDC 10:11269)."""

V12LeadDerivedFromNonStandardLeads: _Final[_Code] = _Code(
    "MDC", "10:11270", "12-lead derived from non-standard leads", (3263,)
)
"""12-lead derived from non-standard leads (MDC 10:11270)."""

V12LeadForBicycleExerciseTestingLimbLeadsOnBackOfPatient: _Final[_Code] = _Code(
    "MDC",
    "10:11271",
    "12-lead for bicycle exercise testing, limb leads on back of patient",
    (3263,),
)
"""12-lead for bicycle exercise testing, limb leads on back of patient (MDC 10:11271)."""

Standard12LeadPositionsOneIntercostalSpaceHigher: _Final[_Code] = _Code(
    "MDC", "10:11272", "Standard 12-lead positions one intercostal space higher", (3263,)
)
"""Standard 12-lead positions one intercostal space higher (MDC 10:11272)."""

UnspecifiedXYZLeadSystem: _Final[_Code] = _Code(
    "MDC", "10:11273", "Unspecified XYZ lead system", (3263,)
)
"""Unspecified XYZ lead system (MDC 10:11273)."""

FrankXYZLeadSystem: _Final[_Code] = _Code("MDC", "10:11274", "Frank XYZ lead system", (3263,))
"""Frank XYZ lead system (MDC 10:11274)."""

McfeeParungaoXYZLeadSystem: _Final[_Code] = _Code(
    "MDC", "10:11275", "McFee-Parungao XYZ lead system", (3263,)
)
"""McFee-Parungao XYZ lead system (MDC 10:11275)."""

CubeXYZLeadSystem: _Final[_Code] = _Code("MDC", "10:11276", "Cube XYZ lead system", (3263,))
"""Cube XYZ lead system (MDC 10:11276)."""

BipolarUncorrectedXYZLeadSystem: _Final[_Code] = _Code(
    "MDC", "10:11277", "Bipolar uncorrected XYZ lead system", (3263,)
)
"""Bipolar uncorrected XYZ lead system (MDC 10:11277)."""

PseudoOrthogonalXYZLeadSystem: _Final[_Code] = _Code(
    "MDC", "10:11278", "Pseudo-orthogonal XYZ lead system", (3263,)
)
"""Pseudo-orthogonal XYZ lead system (MDC 10:11278)."""

XYZLeadsDerivedFromStandard12Lead: _Final[_Code] = _Code(
    "MDC", "10:11279", "XYZ leads derived from standard 12-lead", (3263,)
)
"""XYZ leads derived from standard 12-lead (MDC 10:11279)."""

NEHBLeadSystem: _Final[_Code] = _Code("MDC", "10:11280", "NEHB lead system", (3263,))
"""NEHB lead system (MDC 10:11280)."""

V3LeadSystemCC5CM5ML: _Final[_Code] = _Code("MDC", "10:11281", "3-lead system, CC5-CM5-ML", (3263,))
"""3-lead system, CC5-CM5-ML (MDC 10:11281)."""

V3LeadSystemCC5CM5CH5: _Final[_Code] = _Code(
    "MDC", "10:11282", "3-lead system, CC5-CM5-CH5", (3263,)
)
"""3-lead system, CC5-CM5-CH5 (MDC 10:11282)."""

V12LeadFromFrankLeadsXYZLeadsByDowerTransformation: _Final[_Code] = _Code(
    "MDC", "10:11283", "12-lead from Frank leads XYZ leads by Dower transformation", (3263,)
)
"""12-lead from Frank leads XYZ leads by Dower transformation (MDC 10:11283)."""

V12LeadFromEASILeadsESASAIByDowerEASITransformation: _Final[_Code] = _Code(
    "MDC", "10:11284", "12-lead from EASI leads (ES, AS, AI) by Dower/EASI transformation", (3263,)
)
"""12-lead from EASI leads (ES, AS, AI) by Dower/EASI transformation (MDC 10:11284)."""

V12LeadFromLimbLeadsIIIAndOneOrMoreVLeads: _Final[_Code] = _Code(
    "MDC", "10:11285", "12-lead from Limb Leads (I, II) and one or more V leads", (3263,)
)
"""12-lead from Limb Leads (I, II) and one or more V leads (MDC 10:11285)."""

Standard12LeadAndXYZ: _Final[_Code] = _Code("MDC", "10:11286", "Standard 12-lead and XYZ", (3263,))
"""Standard 12-lead and XYZ (MDC 10:11286)."""

Standard12LeadAndNEHB: _Final[_Code] = _Code(
    "MDC", "10:11287", "Standard 12-lead and NEHB", (3263,)
)
"""Standard 12-lead and NEHB (MDC 10:11287)."""

Standard12LeadAndCC5CM5ML: _Final[_Code] = _Code(
    "MDC", "10:11288", "Standard 12-lead and CC5-CM5-ML", (3263,)
)
"""Standard 12-lead and CC5-CM5-ML (MDC 10:11288)."""

Standard12LeadAndCM5CC5CH5: _Final[_Code] = _Code(
    "MDC", "10:11289", "Standard 12-lead and CM5-CC5-CH5", (3263,)
)
"""Standard 12-lead and CM5-CC5-CH5 (MDC 10:11289)."""

Standard12LeadWithExtraLeadsToTheRightAndOrLeftSides: _Final[_Code] = _Code(
    "MDC", "10:11290", "Standard 12-lead with extra leads to the right and/or left sides", (3263,)
)
"""Standard 12-lead with extra leads to the right and/or left sides (MDC 10:11290)."""

Standard12LeadExtendedToTheRightByV5RV4RV3R: _Final[_Code] = _Code(
    "MDC", "10:11291", "Standard 12-lead extended to the right by V5R, V4R, V3R", (3263,)
)
"""Standard 12-lead extended to the right by V5R, V4R, V3R (MDC 10:11291)."""

Standard12LeadExtendedToTheLeftByV7V8V9: _Final[_Code] = _Code(
    "MDC", "10:11292", "Standard 12-lead extended to the left by V7, V8, V9", (3263,)
)
"""Standard 12-lead extended to the left by V7, V8, V9 (MDC 10:11292)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_12LeadElectrodePad: _Final[_Code] = V12LeadElectrodePad
_12LeadDerivedFromFrankXYZLeads: _Final[_Code] = V12LeadDerivedFromFrankXYZLeads
_12LeadDerivedFromNonStandardLeads: _Final[_Code] = V12LeadDerivedFromNonStandardLeads
_12LeadForBicycleExerciseTestingLimbLeadsOnBackOfPatient: _Final[_Code] = (
    V12LeadForBicycleExerciseTestingLimbLeadsOnBackOfPatient
)
_3LeadSystemCC5CM5ML: _Final[_Code] = V3LeadSystemCC5CM5ML
_3LeadSystemCC5CM5CH5: _Final[_Code] = V3LeadSystemCC5CM5CH5
_12LeadFromFrankLeadsXYZLeadsByDowerTransformation: _Final[_Code] = (
    V12LeadFromFrankLeadsXYZLeadsByDowerTransformation
)
_12LeadFromEASILeadsESASAIByDowerEASITransformation: _Final[_Code] = (
    V12LeadFromEASILeadsESASAIByDowerEASITransformation
)
_12LeadFromLimbLeadsIIIAndOneOrMoreVLeads: _Final[_Code] = V12LeadFromLimbLeadsIIIAndOneOrMoreVLeads

MEMBERS: _Final[tuple[_Code, ...]] = (
    Unspecified12LeadSystem,
    Standard12LeadPositionsElectrodesPlacedIndividually,
    MasonLikarLeadPositionsElectrodesPlacedIndividually,
    MasonLikarLeadPositionsV1V6InElectrodePad,
    V12LeadElectrodePad,
    V12LeadDerivedFromFrankXYZLeads,
    V12LeadDerivedFromNonStandardLeads,
    V12LeadForBicycleExerciseTestingLimbLeadsOnBackOfPatient,
    Standard12LeadPositionsOneIntercostalSpaceHigher,
    UnspecifiedXYZLeadSystem,
    FrankXYZLeadSystem,
    McfeeParungaoXYZLeadSystem,
    CubeXYZLeadSystem,
    BipolarUncorrectedXYZLeadSystem,
    PseudoOrthogonalXYZLeadSystem,
    XYZLeadsDerivedFromStandard12Lead,
    NEHBLeadSystem,
    V3LeadSystemCC5CM5ML,
    V3LeadSystemCC5CM5CH5,
    V12LeadFromFrankLeadsXYZLeadsByDowerTransformation,
    V12LeadFromEASILeadsESASAIByDowerEASITransformation,
    V12LeadFromLimbLeadsIIIAndOneOrMoreVLeads,
    Standard12LeadAndXYZ,
    Standard12LeadAndNEHB,
    Standard12LeadAndCC5CM5ML,
    Standard12LeadAndCM5CC5CH5,
    Standard12LeadWithExtraLeadsToTheRightAndOrLeftSides,
    Standard12LeadExtendedToTheRightByV5RV4RV3R,
    Standard12LeadExtendedToTheLeftByV7V8V9,
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
