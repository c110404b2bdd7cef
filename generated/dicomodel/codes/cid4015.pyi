"""CID 4015 View Modifier for Mammography.

Non-extensible, version 20090717, UID 1.2.840.10008.6.1.299.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Cleavage: _Final[_groups.Cid4015Code]
AxillaryTail: _Final[_groups.Cid4015Code]
RolledLateral: _Final[_groups.Cid4015Code]
RolledMedial: _Final[_groups.Cid4015Code]
RolledInferior: _Final[_groups.Cid4015Code]
RolledSuperior: _Final[_groups.Cid4015Code]
ImplantDisplaced: _Final[_groups.Cid4015Code]
Magnification: _Final[_groups.Cid4015Code]
SpotCompression: _Final[_groups.Cid4015Code]
Tangential: _Final[_groups.Cid4015Code]
NippleInProfile: _Final[_groups.Cid4015Code]
AnteriorCompression: _Final[_groups.Cid4015Code]
InfraMammaryFold: _Final[_groups.Cid4015Code]
AxillaryTissue: _Final[_groups.Cid4015Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4015Code]]
