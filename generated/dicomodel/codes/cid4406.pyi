"""CID 4406 Patient Reported Lesion Characteristic.

Extensible, version 20231115, UID 1.2.840.10008.6.1.1351.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Itching: _Final[_groups.Cid4406Code]
Erythema: _Final[_groups.Cid4406Code]
SymptomHasChanged: _Final[_groups.Cid4406Code]
Peeling: _Final[_groups.Cid4406Code]
BleedingSkin: _Final[_groups.Cid4406Code]
PainfulSkin: _Final[_groups.Cid4406Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4406Code]]
