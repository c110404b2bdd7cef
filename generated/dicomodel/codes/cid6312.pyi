"""CID 6312 Cross-sectional Scan Plane Orientation.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1369.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Sagittal: _Final[_groups.Cid6312Code]
Axial: _Final[_groups.Cid6312Code]
Coronal: _Final[_groups.Cid6312Code]
Oblique: _Final[_groups.Cid6312Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6312Code]]
