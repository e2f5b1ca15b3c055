//! Tests of `placeholder-mismatch`, on real messages (Debian's wget and glib pt_BR
//! catalogues, Apertium MT of wget's msgids).

use super::find;

fn found(source: &str, target: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    find(source, target, 0, &mut out);
    out.into_iter().map(|f| (target[f.range.as_range()].to_string(), f.message)).collect()
}

#[test]
fn altered_missing_and_extra() {
    let f = found("Read checkpoint %u", "ponto de assistência Lido %ou");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].0, "%o");
    assert!(f[0].1.contains("`%u`"));
    let f = found("%s subprocess failed", "subprocesso falhou");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].0, "subprocesso falhou");
    let f = found("and --strict was specified; exiting.", "e --scrict foi especificado; saindo.");
    assert_eq!(f[0].0, "--scrict");
    let f = found("Done.", "Feito em %d.");
    assert_eq!(f[0].0, "%d");
}

#[test]
fn quiet_on_good_translations() {
    assert!(found("%s: option '%s%s' doesn't allow an argument\n", "%s: a opção \"%s%s\" não permite um argumento\n").is_empty());
    assert!(found("%s-%s", "%2$s de %1$s").is_empty());
    assert!(found("Aumento de 50%", "Aumento de 50 % e de 25% desde").is_empty());
    assert!(found("  --file-alignment <size>", "  --file-alignment <tamanho>").is_empty());
}

#[test]
fn ranges_are_in_the_checked_text() {
    let mut out = Vec::new();
    find("%u files", "%ou arquivos", 100, &mut out);
    assert_eq!((out[0].range.start, out[0].range.end), (100, 102));
}
