"""Names that start with a digit in PS3.16 are public (pyright strict calls ``_14Carbon``
and ``_99SDM`` protected): a leading digit gets a ``V``, as in the enums."""

from __future__ import annotations

from dicomodel import codes
from dicomodel.coding import Code

carbon: Code = codes.cid18.V14Carbon
retired: bool = codes.V99SDM.__scheme__.retired
