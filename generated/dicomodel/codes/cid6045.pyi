"""CID 6045 Mammography Quality Control Standard Type.

Extensible, version 20020904, UID 1.2.840.10008.6.1.375.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

MammographyQualityControlManual1999ACR: _Final[_groups.Cid6045Code]
Title21CFRSection900SubpartB: _Final[_groups.Cid6045Code]
InstitutionallyDefinedQualityControlStandard: _Final[_groups.Cid6045Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6045Code]]
