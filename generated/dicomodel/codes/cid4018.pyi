"""CID 4018 Primary Anatomic Structure for Intra-oral Radiography (Permanent Dentition - Designation of Teeth).

Non-extensible, version 20220922, UID 1.2.840.10008.6.1.302.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PermanentMaxillaryRightThirdMolarTooth: _Final[_groups.Cid4018Code]
PermanentMaxillaryRightSecondMolarTooth: _Final[_groups.Cid4018Code]
PermanentMaxillaryRightFirstMolarTooth: _Final[_groups.Cid4018Code]
PermanentMaxillaryRightSecondPremolarTooth: _Final[_groups.Cid4018Code]
PermanentMaxillaryRightFirstPremolarTooth: _Final[_groups.Cid4018Code]
PermanentMaxillaryRightCanineTooth: _Final[_groups.Cid4018Code]
PermanentMaxillaryRightLateralIncisorTooth: _Final[_groups.Cid4018Code]
PermanentMaxillaryRightCentralIncisorTooth: _Final[_groups.Cid4018Code]
PermanentMaxillaryLeftCentralIncisorTooth: _Final[_groups.Cid4018Code]
PermanentMaxillaryLeftLateralIncisorTooth: _Final[_groups.Cid4018Code]
PermanentMaxillaryLeftCanineTooth: _Final[_groups.Cid4018Code]
PermanentMaxillaryLeftFirstPremolarTooth: _Final[_groups.Cid4018Code]
PermanentMaxillaryLeftSecondPremolarTooth: _Final[_groups.Cid4018Code]
PermanentMaxillaryLeftFirstMolarTooth: _Final[_groups.Cid4018Code]
PermanentMaxillaryLeftSecondMolarTooth: _Final[_groups.Cid4018Code]
PermanentMaxillaryLeftThirdMolarTooth: _Final[_groups.Cid4018Code]
MandibularLeftThirdMolarTooth: _Final[_groups.Cid4018Code]
MandibularLeftSecondMolarTooth: _Final[_groups.Cid4018Code]
MandibularLeftFirstMolarTooth: _Final[_groups.Cid4018Code]
MandibularLeftSecondPremolarTooth: _Final[_groups.Cid4018Code]
MandibularLeftFirstPremolarTooth: _Final[_groups.Cid4018Code]
MandibularLeftCanineTooth: _Final[_groups.Cid4018Code]
MandibularLeftLateralTooth: _Final[_groups.Cid4018Code]
MandibularLeftCentralIncisorTooth: _Final[_groups.Cid4018Code]
MandibularRightCentralIncisorTooth: _Final[_groups.Cid4018Code]
MandibularRightLateralIncisorTooth: _Final[_groups.Cid4018Code]
MandibularRightCanineTooth: _Final[_groups.Cid4018Code]
MandibularRightFirstPremolarTooth: _Final[_groups.Cid4018Code]
MandibularRightSecondPremolarTooth: _Final[_groups.Cid4018Code]
MandibularRightFirstMolarTooth: _Final[_groups.Cid4018Code]
MandibularRightSecondMolarTooth: _Final[_groups.Cid4018Code]
MandibularRightThirdMolarTooth: _Final[_groups.Cid4018Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4018Code]]
