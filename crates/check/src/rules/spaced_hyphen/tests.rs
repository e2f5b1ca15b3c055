//! Tests of `spaced-hyphen`.

use super::find;

fn found(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    find(text, 0, mtlint_lexicon::profile("pt"), &mut out);
    out.iter().map(|f| &text[f.range.as_range()]).collect()
}

#[test]
fn fires_on_compounds_and_clitics() {
    assert_eq!(found("o líder norte -coreano chegou"), [" -"]);
    assert_eq!(found("diz -se que a Rússia"), [" -"]);
    assert_eq!(found("soldados norte \u{2011}coreanos"), [" \u{2011}"]);
    assert_eq!(found("a força sul  -africana"), ["  -"]);
    // One-letter clitics are clitics, not options.
    assert_eq!(found("encontrou -o na rua"), [" -"]);
    assert_eq!(found("deixou -a em casa"), [" -"]);
    // Not brackets: no hyphen closes the word, or the sentence ends first.
    assert_eq!(found("diz -se que a Rússia - e a China - mentem"), [" -"]);
    assert_eq!(found("o norte -coreano. Depois o sul-africano"), [" -"]);
    // Capitalised compounds outside menu paths stay reported.
    assert_eq!(found("o presidente da Guiné -Bissau chegou"), [" -"]);
    assert_eq!(
        found("o Primeiro -Ministro disse - e repetiu - que sim"),
        [" -"]
    );
    // Not options: a content word before, a word after, no long option on the line.
    assert_eq!(found("o ex -ministro disse -lhe que sim"), [" -", " -"]);
    assert_eq!(found("segunda -feira, o vice -presidente"), [" -", " -"]);
    assert_eq!(found("trazê -lo e dá -lho"), [" -", " -"]);
    assert_eq!(found("viu -o e deixe -a"), [" -", " -"]);
}

#[test]
fn fix_removes_the_space() {
    let mut out = Vec::new();
    find("diz -se", 10, mtlint_lexicon::profile("pt"), &mut out);
    assert_eq!(out[0].range.start, 13);
    assert_eq!(out[0].suggestions[0].replacement, "-");
}

#[test]
fn quiet_on_dashes_bullets_minus_and_ranges() {
    for text in [
        "norte-coreano e diz-se",
        "Ele chegou - e saiu - logo.",
        "- primeiro item\n- segundo item",
        "a temperatura caiu para -5 graus",
        "de 10 -20 pessoas",
        "cerca de 30 -coreanos",
        "o resultado foi 3 - 1",
        "uma pausa -- longa",
        "texto\n-item numa linha nova",
        "Comandos como \"mount -t vfat /dev/fd0 /mnt\" e ls -R",
        // Minus signs before formulas.
        "O ângulo devolvido está entre -PI/2 e +PI/2.",
        "na faixa de -Pi/2 a +Pi/2 radianos",
        // Hyphens as brackets around an item of a list box.
        "Selecione -nenhum- para remover a definição.",
        "A caixa de lista exibe -definido pelo usuário-. Você também pode",
        "Selecione um estilo existente (ou -Nenhum-) no qual basear o novo.",
        "as entradas - vazias - ou -não vazias -..",
        // A menu path that lost the space after a separator.
        "Escolha Editar -Registrar alterações - Gravar.",
        "Ferramentas -Macros - Gravar macro fique disponível.",
        // Command-line options quoted in the prose.
        "Se nenhuma expressão for fornecida, a expressão -print será usada.",
        "Mostra informações relacionadas a -exec, -execdir, -ok e -okdir",
        "Todos os testes -type ou -xtype são executados",
        "Por exemplo, grep -lZ gera um byte zero",
        "o mesmo que -dR --preserve=all",
        "Com a opção -o ou --only-matching, isso não tem efeito.",
        "As opções “-us -uc” dizem que não é preciso assinar.",
        "quaisquer links depois de -follow na linha de comando",
        "Se a expressão faltar, a expressão -print será usada.",
        "A ação -exec executa o comando especificado",
        "isso é equivalente à opção -a.",
        "pode ser útil usar -a ou definir LC_ALL",
        "find / -name agulha -print -quit",
        "“python -mtrace --trace script.py”",
    ] {
        assert!(found(text).is_empty(), "{text:?}: {:?}", found(text));
    }
}
