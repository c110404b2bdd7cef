"""CID 7701 Fiber Tract In Brainstem.

Extensible, version 20150106, UID 1.2.840.10008.6.1.1013.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

SuperiorCerebellarPeduncle: _Final[_groups.Cid7701Code]
MiddleCerebellarPeduncle: _Final[_groups.Cid7701Code]
InferiorCerebellarPeduncle: _Final[_groups.Cid7701Code]
CorticospinalTractInBrainstem: _Final[_groups.Cid7701Code]
MedialLemniscus: _Final[_groups.Cid7701Code]
LateralLemniscus: _Final[_groups.Cid7701Code]
MedialLongitudinalFasciculus: _Final[_groups.Cid7701Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7701Code]]
