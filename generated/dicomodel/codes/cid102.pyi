"""CID 102 LOINC-RSNA Radiology Imaging Procedure.

Non-extensible, UID 1.3.6.1.4.1.12009.10.2.5.1.
Comprises the coding scheme LN as a whole.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid102Code]]
