"""CID 3263 Electrode Placement Value.

Extensible, version 20080927, UID 1.2.840.10008.6.1.59.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
Unspecified12LeadSystem: _Final[_Code]
Standard12LeadPositionsElectrodesPlacedIndividually: _Final[_Code]
MasonLikarLeadPositionsElectrodesPlacedIndividually: _Final[_Code]
MasonLikarLeadPositionsV1V6InElectrodePad: _Final[_Code]
_12LeadElectrodePad: _Final[_Code]
_12LeadDerivedFromFrankXYZLeads: _Final[_Code]
_12LeadDerivedFromNonStandardLeads: _Final[_Code]
_12LeadForBicycleExerciseTestingLimbLeadsOnBackOfPatient: _Final[_Code]
Standard12LeadPositionsOneIntercostalSpaceHigher: _Final[_Code]
UnspecifiedXYZLeadSystem: _Final[_Code]
FrankXYZLeadSystem: _Final[_Code]
McfeeParungaoXYZLeadSystem: _Final[_Code]
CubeXYZLeadSystem: _Final[_Code]
BipolarUncorrectedXYZLeadSystem: _Final[_Code]
PseudoOrthogonalXYZLeadSystem: _Final[_Code]
XYZLeadsDerivedFromStandard12Lead: _Final[_Code]
NEHBLeadSystem: _Final[_Code]
_3LeadSystemCC5CM5ML: _Final[_Code]
_3LeadSystemCC5CM5CH5: _Final[_Code]
_12LeadFromFrankLeadsXYZLeadsByDowerTransformation: _Final[_Code]
_12LeadFromEASILeadsESASAIByDowerEASITransformation: _Final[_Code]
_12LeadFromLimbLeadsIIIAndOneOrMoreVLeads: _Final[_Code]
Standard12LeadAndXYZ: _Final[_Code]
Standard12LeadAndNEHB: _Final[_Code]
Standard12LeadAndCC5CM5ML: _Final[_Code]
Standard12LeadAndCM5CC5CH5: _Final[_Code]
Standard12LeadWithExtraLeadsToTheRightAndOrLeftSides: _Final[_Code]
Standard12LeadExtendedToTheRightByV5RV4RV3R: _Final[_Code]
Standard12LeadExtendedToTheLeftByV7V8V9: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
