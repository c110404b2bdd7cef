"""CID 3263 Electrode Placement Value.

Extensible, version 20080927, UID 1.2.840.10008.6.1.59.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
Unspecified12LeadSystem: _Final[_groups.Cid3263Code]
Standard12LeadPositionsElectrodesPlacedIndividually: _Final[_groups.Cid3263Code]
MasonLikarLeadPositionsElectrodesPlacedIndividually: _Final[_groups.Cid3263Code]
MasonLikarLeadPositionsV1V6InElectrodePad: _Final[_groups.Cid3263Code]
_12LeadElectrodePad: _Final[_groups.Cid3263Code]
_12LeadDerivedFromFrankXYZLeads: _Final[_groups.Cid3263Code]
_12LeadDerivedFromNonStandardLeads: _Final[_groups.Cid3263Code]
_12LeadForBicycleExerciseTestingLimbLeadsOnBackOfPatient: _Final[_groups.Cid3263Code]
Standard12LeadPositionsOneIntercostalSpaceHigher: _Final[_groups.Cid3263Code]
UnspecifiedXYZLeadSystem: _Final[_groups.Cid3263Code]
FrankXYZLeadSystem: _Final[_groups.Cid3263Code]
McfeeParungaoXYZLeadSystem: _Final[_groups.Cid3263Code]
CubeXYZLeadSystem: _Final[_groups.Cid3263Code]
BipolarUncorrectedXYZLeadSystem: _Final[_groups.Cid3263Code]
PseudoOrthogonalXYZLeadSystem: _Final[_groups.Cid3263Code]
XYZLeadsDerivedFromStandard12Lead: _Final[_groups.Cid3263Code]
NEHBLeadSystem: _Final[_groups.Cid3263Code]
_3LeadSystemCC5CM5ML: _Final[_groups.Cid3263Code]
_3LeadSystemCC5CM5CH5: _Final[_groups.Cid3263Code]
_12LeadFromFrankLeadsXYZLeadsByDowerTransformation: _Final[_groups.Cid3263Code]
_12LeadFromEASILeadsESASAIByDowerEASITransformation: _Final[_groups.Cid3263Code]
_12LeadFromLimbLeadsIIIAndOneOrMoreVLeads: _Final[_groups.Cid3263Code]
Standard12LeadAndXYZ: _Final[_groups.Cid3263Code]
Standard12LeadAndNEHB: _Final[_groups.Cid3263Code]
Standard12LeadAndCC5CM5ML: _Final[_groups.Cid3263Code]
Standard12LeadAndCM5CC5CH5: _Final[_groups.Cid3263Code]
Standard12LeadWithExtraLeadsToTheRightAndOrLeftSides: _Final[_groups.Cid3263Code]
Standard12LeadExtendedToTheRightByV5RV4RV3R: _Final[_groups.Cid3263Code]
Standard12LeadExtendedToTheLeftByV7V8V9: _Final[_groups.Cid3263Code]
MEMBERS: _Final[tuple[_groups.Cid3263Code, ...]]
