from .. import PKG_CONST as parent_const
