//! What the rules share: facts about the words of a stretch, found once and asked by
//! several rules. Nothing here knows any rule; every rule may use any of it.

pub(crate) mod accents;
pub(crate) mod binomial;
pub(crate) mod body_names;
pub(crate) mod classes;
pub(crate) mod code;
pub(crate) mod english_cognates;
pub(crate) mod english_plurals;
pub(crate) mod evidence;
pub(crate) mod glued;
pub(crate) mod headings;
pub(crate) mod interned;
pub(crate) mod matches;
pub(crate) mod name_uses;
pub(crate) mod plain_english;
pub(crate) mod sentence;
pub(crate) mod source_names;
pub(crate) mod variant_uses;
pub(crate) mod words;
pub(crate) mod wrong_forms;
