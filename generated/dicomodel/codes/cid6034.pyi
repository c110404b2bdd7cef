"""CID 6034 CAD Output Intended Use.

Non-extensible, version 20020904, UID 1.2.840.10008.6.1.364.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PresentationRequiredRenderingDeviceIsExpectedToPresent: _Final[_groups.Cid6034Code]
PresentationOptionalRenderingDeviceMayPresent: _Final[_groups.Cid6034Code]
NotForPresentationRenderingDeviceExpectedNotToPresent: _Final[_groups.Cid6034Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6034Code]]
