"""CID 12281 Cardiac Ultrasound Target Site Modifier.

Extensible, version 20190524, UID 1.2.840.10008.6.1.861.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Lateral: _Final[_groups.Cid12281Code]
Medial: _Final[_groups.Cid12281Code]
Middle: _Final[_groups.Cid12281Code]
Anterior: _Final[_groups.Cid12281Code]
Posterior: _Final[_groups.Cid12281Code]
Inferior: _Final[_groups.Cid12281Code]
Distal: _Final[_groups.Cid12281Code]
Proximal: _Final[_groups.Cid12281Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12281Code]]
