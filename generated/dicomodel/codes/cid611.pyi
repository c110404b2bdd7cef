"""CID 611 Anesthesia Category Code Type for Small Animal Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1076.
Includes CID 612.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

GeneralAnesthesia: _Final[_groups.Cid611Code]
Sedation: _Final[_groups.Cid611Code]
SpinalAnesthesia: _Final[_groups.Cid611Code]
EpiduralAnesthesia: _Final[_groups.Cid611Code]
RegionalAnesthesia: _Final[_groups.Cid611Code]
TopicalLocalAnesthesia: _Final[_groups.Cid611Code]
LocalAnesthesia: _Final[_groups.Cid611Code]
MonitoredAnesthesiaCareMAC: _Final[_groups.Cid611Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid611Code]]
