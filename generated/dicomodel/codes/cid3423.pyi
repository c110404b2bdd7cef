"""CID 3423 Numeric Device Characteristic.

Extensible, version 20160314, UID 1.2.840.10008.6.1.86.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Length: _Final[_groups.Cid3423Code]
Diameter: _Final[_groups.Cid3423Code]
CatheterCurve: _Final[_groups.Cid3423Code]
TransmitFrequency: _Final[_groups.Cid3423Code]
Volume: _Final[_groups.Cid3423Code]
InterMarkerDistance: _Final[_groups.Cid3423Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3423Code]]
