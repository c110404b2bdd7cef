"""CID 12030 Ultrasound Contrast/Bolus Agent.

Extensible, version 20160605, UID 1.2.840.10008.6.1.805.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Cardiosphere: _Final[_groups.Cid12030Code]
Definity: _Final[_groups.Cid12030Code]
Echovist: _Final[_groups.Cid12030Code]
Imagify: _Final[_groups.Cid12030Code]
Levovist: _Final[_groups.Cid12030Code]
Optison: _Final[_groups.Cid12030Code]
Sonazoid: _Final[_groups.Cid12030Code]
Sonovue: _Final[_groups.Cid12030Code]
TargestarB: _Final[_groups.Cid12030Code]
TargestarP: _Final[_groups.Cid12030Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12030Code]]
