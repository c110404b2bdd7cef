"""CID 4052 Phantom Device.

Extensible, version 20221224, UID 1.2.840.10008.6.1.315.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Phantom: _Final[_groups.Cid4052Code]
ACRAccreditationPhantomCT: _Final[_groups.Cid4052Code]
ACRAccreditationPhantomMR: _Final[_groups.Cid4052Code]
ACRAccreditationPhantomMammography: _Final[_groups.Cid4052Code]
ACRAccreditationPhantomStereotacticBreastBiopsy: _Final[_groups.Cid4052Code]
ACRAccreditationPhantomECT: _Final[_groups.Cid4052Code]
ACRAccreditationPhantomPET: _Final[_groups.Cid4052Code]
ACRAccreditationPhantomECTPET: _Final[_groups.Cid4052Code]
ACRAccreditationPhantomPETFaceplate: _Final[_groups.Cid4052Code]
IECHeadDosimetryPhantom: _Final[_groups.Cid4052Code]
IECBodyDosimetryPhantom: _Final[_groups.Cid4052Code]
NEMAXR212000Phantom: _Final[_groups.Cid4052Code]
V10cmDosimetryPhantom: _Final[_groups.Cid4052Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4052Code]]
