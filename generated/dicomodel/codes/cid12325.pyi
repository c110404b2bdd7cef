"""CID 12325 Liver Ultrasound Study Indication.

Extensible, version 20220628, UID 1.2.840.10008.6.1.1452.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AlcoholicLiverDisease: _Final[_groups.Cid12325Code]
CirrhosisOfLiver: _Final[_groups.Cid12325Code]
Hepatitis: _Final[_groups.Cid12325Code]
HepatitisB: _Final[_groups.Cid12325Code]
HepatitisC: _Final[_groups.Cid12325Code]
Hepatomegaly: _Final[_groups.Cid12325Code]
Jaundice: _Final[_groups.Cid12325Code]
NonalcoholicFattyLiverDiseaseNAFLD: _Final[_groups.Cid12325Code]
NonalcoholicFattyLiverNAFL: _Final[_groups.Cid12325Code]
NonalcoholicSteatohepatitisNASH: _Final[_groups.Cid12325Code]
SerumAlanineAminotransferaseLevelRaised: _Final[_groups.Cid12325Code]
SerumAlbuminBelowReferenceRange: _Final[_groups.Cid12325Code]
SerumBilirubinRaised: _Final[_groups.Cid12325Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12325Code]]
