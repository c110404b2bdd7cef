"""CID 12284 Cardiac Ultrasound Atria and Atrial Septum Finding Site.

Extensible, version 20160314, UID 1.2.840.10008.6.1.864.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

RightAtrium: _Final[_groups.Cid12284Code]
LeftAtrium: _Final[_groups.Cid12284Code]
CommonAtrium: _Final[_groups.Cid12284Code]
LeftAuricularAppendage: _Final[_groups.Cid12284Code]
RightAuricularAppendage: _Final[_groups.Cid12284Code]
InteratrialSeptumStructure: _Final[_groups.Cid12284Code]
AtrialSeptalDefect: _Final[_groups.Cid12284Code]
LimbusOfFossaOvalis: _Final[_groups.Cid12284Code]
PatentForamenOvale: _Final[_groups.Cid12284Code]
FontanFenestration: _Final[_groups.Cid12284Code]
FontanBaffleLeak: _Final[_groups.Cid12284Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12284Code]]
