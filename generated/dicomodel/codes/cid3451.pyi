"""CID 3451 Calibration Object.

Extensible, version 20040614, UID 1.2.840.10008.6.1.98.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Catheter: _Final[_groups.Cid3451Code]
MeasuringRuler: _Final[_groups.Cid3451Code]
Sphere: _Final[_groups.Cid3451Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3451Code]]
