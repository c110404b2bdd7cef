"""CID 6059 Breast Implant Type.

Extensible, version 20190817, UID 1.2.840.10008.6.1.388.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BreastImplantTypeNotSpecified: _Final[_groups.Cid6059Code]
SiliconeGelImplant: _Final[_groups.Cid6059Code]
SalineImplant: _Final[_groups.Cid6059Code]
PolyurethaneImplant: _Final[_groups.Cid6059Code]
PercutaneousSiliconeInjection: _Final[_groups.Cid6059Code]
CombinationImplant: _Final[_groups.Cid6059Code]
PrePectoralImplant: _Final[_groups.Cid6059Code]
RetroPectoralImplant: _Final[_groups.Cid6059Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6059Code]]
