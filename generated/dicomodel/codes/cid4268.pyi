"""CID 4268 Corneal Topography Map Value Type.

Extensible, version 20131014, UID 1.2.840.10008.6.1.966.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CornealAxialPowerMap: _Final[_groups.Cid4268Code]
CornealInstantaneousPowerMap: _Final[_groups.Cid4268Code]
CornealRefractivePowerMap: _Final[_groups.Cid4268Code]
CornealElevationMap: _Final[_groups.Cid4268Code]
CornealWavefrontMap: _Final[_groups.Cid4268Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4268Code]]
