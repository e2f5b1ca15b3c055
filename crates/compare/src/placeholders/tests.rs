//! Placeholders of real catalogue messages (Debian's pt_BR catalogues of wget, gnulib,
//! LibreOffice) and of the formats the issue names.

use super::*;

fn keys(text: &str, flavour: Flavour) -> Vec<String> {
    extract(text, flavour).into_iter().map(|p| p.key).collect()
}

#[test]
fn printf_python_qt_and_prose() {
    assert_eq!(
        keys("%s subprocess got fatal signal %d", Flavour::Any),
        ["%s", "%d"]
    );
    // Positions are dropped from the keys: "%s-%s" may become "%2$s de %1$s".
    assert_eq!(
        keys("%1$d of %2$s at %-10.3f, 100%% done, %lu", Flavour::C),
        ["%d", "%s", "%-10.3f", "%lu"]
    );
    assert_eq!(
        keys(
            "%(name)s has {0} and {count} and {name!r:>10}",
            Flavour::Python
        ),
        ["%(name)s", "{0}", "{count}", "{name}"]
    );
    assert_eq!(keys("Copy %1 of %2", Flavour::Any), ["%1", "%2"]);
    // "50 %" and "25% de" in Portuguese prose are not placeholders.
    assert!(keys("Aumento de 50 % e de 25% desde", Flavour::Any).is_empty());
    assert!(keys("{{ literal }}", Flavour::Python).is_empty());
    assert!(keys("50%", Flavour::NoFormat).is_empty());
}

#[test]
fn icu_shell_hash_markup_urls_options_functions() {
    assert_eq!(
        keys(
            "{count, plural, one {# file} other {# files}} left",
            Flavour::Any
        ),
        ["{count}"]
    );
    assert_eq!(
        keys(
            "Character rotated by $(ARG1)° in $HOME and ${x}, not $4.5",
            Flavour::Any
        ),
        ["$(ARG1)", "$HOME", "${x}"]
    );
    assert_eq!(
        keys("Hello #USER_NAME#, # not this #", Flavour::Any),
        ["#USER_NAME#"]
    );
    assert_eq!(
        keys(
            "<b>Bold</b> <a href=\"x\">link</a><br/> &amp; &#160; &File",
            Flavour::Any
        ),
        ["<b>", "</b>", "<a>", "</a>", "<br/>", "&amp;", "&#160;"]
    );
    assert_eq!(
        keys(
            "See https://www.gnu.org/software/wget/. Mail bug-wget@gnu.org",
            Flavour::Any
        ),
        ["https://www.gnu.org/software/wget/", "bug-wget@gnu.org"]
    );
    assert_eq!(
        keys(
            "  -e,  --execute=COMMAND  execute; use -rf, not e-mail or - x",
            Flavour::Any
        ),
        ["-e", "--execute", "-rf"]
    );
    assert_eq!(
        keys("call g_object_unref() first", Flavour::Any),
        ["g_object_unref()"]
    );
}

fn problems(source: &str, target: &str) -> Vec<Problem> {
    compare(source, target, Flavour::Any)
}

#[test]
fn multiset_comparison() {
    // Human wget translation: same placeholders, other order and quotes.
    assert!(problems(
        "%s: option '%s%s' doesn't allow an argument\n",
        "%s: a opção \"%s%s\" não permite um argumento\n"
    )
    .is_empty());
    assert!(problems("  -e,  --execute=COMMAND", "  -e,  --execute=COMANDO").is_empty());
    // coreutils pt_BR writes "-s[CARACTERE],--separator[=CARACTERE]".
    assert!(problems(
        "  -s[CHAR], --separator[=CHAR]",
        "  -s[CARACTERE],--separator[=CARACTERE]"
    )
    .is_empty());
    // Apertium's "%ou" for "%u".
    let p = problems("%u files", "%ou arquivos");
    assert!(
        matches!(&p[..], [Problem::Altered { source, target }] if source.key == "%u" && target.key == "%o")
    );
    let p = problems("%s subprocess failed", "subprocesso falhou");
    assert!(matches!(&p[..], [Problem::Missing(s)] if s.key == "%s"));
    let p = problems("%s failed", "%s falhou %s");
    assert!(matches!(&p[..], [Problem::Duplicated(t)] if t.key == "%s"));
    let p = problems("Done.", "Feito em %d.");
    assert!(matches!(&p[..], [Problem::Extra(t)] if t.key == "%d"));
    // Words in angle brackets and spreadsheet functions are translated (LibreOffice,
    // binutils).
    assert!(problems("  --file-alignment <size>", "  --file-alignment <tamanho>").is_empty());
    assert!(problems(
        "In Calc use TRIMMEAN() to",
        "Utilize a função MÉDIA.INTERNA() para"
    )
    .is_empty());
    assert!(problems("%s-%s", "%2$s de %1$s").is_empty());
    // A translator's typo in an option (glib20, pt_BR).
    let p = problems(
        "and --strict was specified; exiting.",
        "e --scrict foi especificado; saindo.",
    );
    assert!(
        matches!(&p[..], [Problem::Altered { source, target }] if source.key == "--strict" && target.key == "--scrict")
    );
    // A localised page of the same site is the same link.
    assert!(problems(
        "See https://www.gnu.org/help/",
        "Veja https://www.gnu.org/help/help.pt-br.html"
    )
    .is_empty());
}

#[test]
fn options_inside_typographic_quotes() {
    // glibc's pt_BR catalogue quotes a command with “ ”: its options are still there.
    let source = "Try `%s --help' or `%s --usage' for more information.\n";
    let target = "Tente “%s --help” ou “%s --usage” para mais informações.\n";
    assert_eq!(keys(target, Flavour::C), ["%s", "--help", "%s", "--usage"]);
    assert!(problems(source, target).is_empty());
    assert_eq!(keys("use «-x» ou ‘--all’", Flavour::C), ["-x", "--all"]);
}

#[test]
fn texinfo_accent_commands_are_no_placeholders() {
    // Texinfo's own pt_BR catalogue (texinfo_document): accents written as commands.
    assert!(keys("Os bot@~{o}es de navega@,{c}@~{a}o", Flavour::Any).is_empty());
    assert!(keys("Come@,{c}o desse cap@'{i}tulo", Flavour::Any).is_empty());
    assert!(keys("@dotless{i} e @strong{a}", Flavour::Any).is_empty());
    assert_eq!(
        keys("Ap@^{e}ndice {number} {section_title}", Flavour::Any),
        ["{number}", "{section_title}"]
    );
    assert!(compare(
        "Appendix {number} {section_title}",
        "Ap@^{e}ndice {number} {section_title}",
        Flavour::Any
    )
    .is_empty());
    // Without the command, a brace group is a placeholder, and a changed one is found.
    assert_eq!(keys("posi{c}{a}o", Flavour::Any), ["{c}", "{a}"]);
    assert_eq!(
        compare(
            "Appendix {number} {section_title}",
            "Ap@^{e}ndice {numero} {section_title}",
            Flavour::Any
        )
        .len(),
        1
    );
}

#[test]
fn a_clocks_am_pm_mark_and_a_zero_flag_without_width() {
    // gnome-system-monitor and PulseAudio pt catalogues.
    assert!(compare("Today %l∶%M %p", "Hoje %H∶%M", Flavour::Any).is_empty());
    assert!(compare("%0.1f GiB", "%.1f GiB", Flavour::Any).is_empty());
    // A pointer in a printf format is still a placeholder, "%lu" no clock, and a zero
    // flag with a width pads.
    assert_eq!(keys("object at %p", Flavour::Any), ["%p"]);
    assert_eq!(keys("%lu bytes at %p", Flavour::Any), ["%lu", "%p"]);
    assert_eq!(compare("object at %p", "objeto", Flavour::Any).len(), 1);
    assert_eq!(compare("%05.1f", "%5.1f", Flavour::Any).len(), 1);
}

#[test]
fn holds_is_contains() {
    for text in [
        "", "f()", "f ( )", "http://x", ":/ /", "www.x", "ww.w", "wwww.", "a(b)()",
    ] {
        for needle in ["()", "://", "www."] {
            assert_eq!(
                holds(text, needle),
                text.contains(needle),
                "{needle} in {text}"
            );
        }
    }
}
