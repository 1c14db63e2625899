<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>PlanFileDialog</name>
    <message>
        <source>Archdesk plans (*.archdesk-plan.json)</source>
        <translation>Planos do Archdesk (*.archdesk-plan.json)</translation>
    </message>
    <message>
        <source>Cannot save the plan</source>
        <translation>Não é possível salvar o plano</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Choose one.</source>
        <translation>Escolha uma.</translation>
    </message>
    <message>
        <source>Choose two.</source>
        <translation>Escolha duas.</translation>
    </message>
    <message>
        <source>Choose three.</source>
        <translation>Escolha três.</translation>
    </message>
    <message>
        <source>Choose %1.</source>
        <translation>Escolha %1.</translation>
    </message>
    <message>
        <source>Importing prices from %1…</source>
        <translation>Importando preços de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import prices</source>
        <translation>Importar preços</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>A importação foi cancelada; nada foi importado.</translation>
    </message>
    <message>
        <source>The file was not imported; your prices are unchanged.

%1</source>
        <translation>O arquivo não foi importado; seus preços não foram alterados.

%1</translation>
    </message>
    <message>
        <source>Imported %1 instance type/region prices with %2 reserved prices.

Source: %3
Date: %4</source>
        <translation>Importados %1 preços por tipo de instância/região, com %2 preços reservados.

Fonte: %3
Data: %4</translation>
    </message>
</context>
<context>
    <name>archdesk::ui::ActivityTableModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>AZ</source>
        <translation>AZ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
</context>
<context>
    <name>archdesk::ui::BrowserWidget</name>
    <message>
        <source>Search: words, tag:T, domain:c02-d2, service:ec2, is:new|learn|review|suspended|due, prop:s&gt;30, prop:d&lt;5</source>
        <translation>Buscar: palavras, tag:T, domain:c02-d2, service:ec2, is:new|learn|review|suspended|due, prop:s&gt;30, prop:d&lt;5</translation>
    </message>
    <message>
        <source>Save as deck…</source>
        <translation>Salvar como baralho…</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspender</translation>
    </message>
    <message>
        <source>Unsuspend</source>
        <translation>Reativar</translation>
    </message>
    <message>
        <source>Bury until tomorrow</source>
        <translation>Ocultar até amanhã</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Redefinir</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>Adicionar tag…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Desfazer exclusão</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Novo cartão</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Save card</source>
        <translation>Salvar cartão</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Frente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Verso</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Serviços</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Adicionar tag</translation>
    </message>
    <message>
        <source>Tag for the selected cards:</source>
        <translation>Tag para os cartões selecionados:</translation>
    </message>
    <message>
        <source>Import cards</source>
        <translation>Importar cartões</translation>
    </message>
    <message>
        <source>Card files (*.csv *.tsv *.txt *.json)</source>
        <translation>Arquivos de cartões (*.csv *.tsv *.txt *.json)</translation>
    </message>
    <message>
        <source>Export the cards shown</source>
        <translation>Exportar os cartões exibidos</translation>
    </message>
    <message>
        <source>cards.txt</source>
        <translation>cartoes.txt</translation>
    </message>
    <message>
        <source>Anki text (*.txt *.tsv);;JSON deck (*.json)</source>
        <translation>Texto do Anki (*.txt *.tsv);;Baralho JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>Save deck</source>
        <translation>Salvar baralho</translation>
    </message>
    <message>
        <source>Deck name for “%1”:</source>
        <translation>Nome do baralho para “%1”:</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) of %1</source>
        <translation>
            <numerusform>%n cartão de %1</numerusform>
            <numerusform>%n cartões de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message numerus="yes">
        <source>Undo delete (%n)</source>
        <translation>
            <numerusform>Desfazer exclusão (%n)</numerusform>
            <numerusform>Desfazer exclusão (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import from %1</source>
        <translation>Nada para importar de %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Não é possível gravar %1</translation>
    </message>
</context>
<context>
    <name>archdesk::ui::CardTableModel</name>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprendendo</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Relearning</source>
        <translation>Reaprendendo</translation>
    </message>
    <message>
        <source> (suspended)</source>
        <translation> (suspenso)</translation>
    </message>
    <message>
        <source> (buried)</source>
        <translation> (oculto)</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Frente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Verso</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Serviços</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Próxima revisão</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Stability</source>
        <translation>Estabilidade</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Dificuldade</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisões</translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation>Lapsos</translation>
    </message>
</context>
<context>
    <name>archdesk::ui::CostOptionsModel</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>mês %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opção</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Per used hour</source>
        <translation>Por hora usada</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Economia</translation>
    </message>
    <message>
        <source>Savings %</source>
        <translation>Economia %</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Ponto de equilíbrio</translation>
    </message>
</context>
<context>
    <name>archdesk::ui::CostPlannerPage</name>
    <message>
        <source>Cost Planner</source>
        <translation>Planejador de custos</translation>
    </message>
    <message>
        <source>What does each way of buying cost for this instance type and usage, when does a reservation pay off, and what should you buy?</source>
        <translation>Quanto custa cada forma de compra para este tipo de instância e uso, quando uma reserva compensa e o que você deve comprar?</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instância</translation>
    </message>
    <message>
        <source>type to search, e.g. m5.large</source>
        <translation>digite para buscar, ex.: m5.large</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Red Hat Enterprise Linux</source>
        <translation>Red Hat Enterprise Linux</translation>
    </message>
    <message>
        <source>SUSE Linux</source>
        <translation>SUSE Linux</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>SO</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Share of hours running</source>
        <translation>Parcela das horas em execução</translation>
    </message>
    <message>
        <source>Always on</source>
        <translation>Sempre ligado</translation>
    </message>
    <message>
        <source>Business-hours peak</source>
        <translation>Pico em horário comercial</translation>
    </message>
    <message>
        <source>Hour by hour list</source>
        <translation>Lista hora a hora</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instâncias</translation>
    </message>
    <message>
        <source> % of hours</source>
        <translation> % das horas</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Pico</translation>
    </message>
    <message>
        <source> h a day</source>
        <translation> h por dia</translation>
    </message>
    <message>
        <source>Peak hours</source>
        <translation>Horas de pico</translation>
    </message>
    <message>
        <source>weekdays only</source>
        <translation>somente dias úteis</translation>
    </message>
    <message>
        <source>Instances per hour, separated by commas; the list repeats over the horizon.</source>
        <translation>Instâncias por hora, separadas por vírgulas; a lista se repete ao longo do horizonte.</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Por hora</translation>
    </message>
    <message>
        <source>A week of usage (Mon–Sun)</source>
        <translation>Uma semana de uso (seg–dom)</translation>
    </message>
    <message>
        <source>Prices (USD)</source>
        <translation>Preços (USD)</translation>
    </message>
    <message>
        <source> /h</source>
        <translation> /h</translation>
    </message>
    <message>
        <source>On-Demand</source>
        <translation>On-Demand</translation>
    </message>
    <message>
        <source>enter to compare Spot</source>
        <translation>preencha para comparar com Spot</translation>
    </message>
    <message>
        <source>Spot /h</source>
        <translation>Spot /h</translation>
    </message>
    <message>
        <source>enter to compare</source>
        <translation>preencha para comparar</translation>
    </message>
    <message>
        <source>Compute SP rate /h</source>
        <translation>Taxa do Compute SP /h</translation>
    </message>
    <message>
        <source>Upfront</source>
        <translation>Pagamento inicial</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Por hora</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>My burst work can be interrupted (allow Spot)</source>
        <translation>Minha carga de pico pode ser interrompida (permitir Spot)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Salvar…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation>Tabela como CSV…</translation>
    </message>
    <message>
        <source>Chart as PNG or SVG…</source>
        <translation>Gráfico como PNG ou SVG…</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendação</translation>
    </message>
    <message>
        <source>Cumulative cost</source>
        <translation>Custo acumulado</translation>
    </message>
    <message>
        <source>Cost per month</source>
        <translation>Custo por mês</translation>
    </message>
    <message>
        <source>Coverage, typical week</source>
        <translation>Cobertura, semana típica</translation>
    </message>
    <message>
        <source>Prices from the catalog: %1%2. Edit any field to try other prices.</source>
        <translation>Preços do catálogo: %1%2. Edite qualquer campo para testar outros preços.</translation>
    </message>
    <message>
        <source>No catalog price yet: using built-in m5.large / us-east-1 / Linux prices from the AWS Price List API (2021-02-05). Edit them, or import current prices with &lt;code&gt;archdesk-cli prices import FILE&lt;/code&gt;.</source>
        <translation>Ainda não há preço no catálogo: usando os preços internos de m5.large / us-east-1 / Linux da AWS Price List API (2021-02-05). Edite-os ou importe preços atuais com &lt;code&gt;archdesk-cli prices import FILE&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>No catalog price for %1 in %2 (%3): the prices below are yours to enter. Import a price file with &lt;code&gt;archdesk-cli prices import FILE&lt;/code&gt; to fill them.</source>
        <translation>Não há preço no catálogo para %1 em %2 (%3): cabe a você informar os preços abaixo. Importe um arquivo de preços com &lt;code&gt;archdesk-cli prices import FILE&lt;/code&gt; para preenchê-los.</translation>
    </message>
    <message>
        <source>Choose at least one option to compare.</source>
        <translation>Escolha pelo menos uma opção para comparar.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not compared — %1</source>
        <translation>Não comparado — %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>commit $%1/h to a Savings Plan</source>
        <translation>um compromisso de $%1/h em um Savings Plan</translation>
    </message>
    <message>
        <source>Spot for up to %1 burst instances</source>
        <translation>Spot para até %1 instâncias de pico</translation>
    </message>
    <message>
        <source>Stay On-Demand: no reservation or commitment pays off for this usage.</source>
        <translation>Continue no On-Demand: nenhuma reserva ou compromisso compensa para este uso.</translation>
    </message>
    <message>
        <source>Buy %1. You save %2 (%3%) over %4 months compared with On-Demand.</source>
        <translation>Compre %1. Você economiza %2 (%3%) em %4 meses em comparação com o On-Demand.</translation>
    </message>
    <message>
        <source>, then </source>
        <translation>, depois </translation>
    </message>
    <message>
        <source>Your usage runs in &lt;b&gt;%1%&lt;/b&gt; of the hours (%2 instance-hours, peak %3).</source>
        <translation>Seu uso ocorre em &lt;b&gt;%1%&lt;/b&gt; das horas (%2 instâncias-hora, pico de %3).</translation>
    </message>
    <message>
        <source>A reservation is paid every hour, used or not. The cheapest one here (%1) costs $%2/h = &lt;b&gt;%3% of the On-Demand price&lt;/b&gt;, so it pays off for an instance that runs more than %3% of the hours.</source>
        <translation>Uma reserva é paga a cada hora, usada ou não. A mais barata aqui (%1) custa $%2/h = &lt;b&gt;%3% do preço On-Demand&lt;/b&gt;, então compensa para uma instância que fica em execução mais de %3% das horas.</translation>
    </message>
    <message numerus="yes">
        <source>No reservation term fits in %n month(s); the shortest term is one year.</source>
        <translation>
            <numerusform>Nenhum prazo de reserva cabe em %n mês; o prazo mais curto é de um ano.</numerusform>
            <numerusform>Nenhum prazo de reserva cabe em %n meses; o prazo mais curto é de um ano.</numerusform>
        </translation>
    </message>
    <message>
        <source>… and more levels, all like the last one.</source>
        <translation>… e mais níveis, todos iguais ao último.</translation>
    </message>
    <message>
        <source>reserve it</source>
        <translation>reserve-a</translation>
    </message>
    <message>
        <source>reserve them</source>
        <translation>reserve-as</translation>
    </message>
    <message>
        <source>cover with the Savings Plan</source>
        <translation>cubra com o Savings Plan</translation>
    </message>
    <message>
        <source>run on Spot</source>
        <translation>execute no Spot</translation>
    </message>
    <message>
        <source>keep On-Demand</source>
        <translation>mantenha no On-Demand</translation>
    </message>
    <message>
        <source>Instance %1 runs %2% of the hours → %3.</source>
        <translation>A instância %1 fica em execução %2% das horas → %3.</translation>
    </message>
    <message>
        <source>Instances %1–%2 each run %3% of the hours → %4.</source>
        <translation>As instâncias %1–%2 ficam em execução %3% das horas cada uma → %4.</translation>
    </message>
    <message>
        <source>hour of the week</source>
        <translation>hora da semana</translation>
    </message>
    <message>
        <source>Cumulative cost: an option has paid off where it drops below On-Demand (thick grey)</source>
        <translation>Custo acumulado: uma opção compensa a partir do ponto em que fica abaixo do On-Demand (cinza grosso)</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mês</translation>
    </message>
    <message>
        <source>break-even</source>
        <translation>ponto de equilíbrio</translation>
    </message>
    <message>
        <source>Cost per month (upfront payments fall in the month they are paid)</source>
        <translation>Custo por mês (pagamentos iniciais entram no mês em que são pagos)</translation>
    </message>
    <message>
        <source>Cost per quarter (upfront payments fall in the quarter they are paid)</source>
        <translation>Custo por trimestre (pagamentos iniciais entram no trimestre em que são pagos)</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>trimestre</translation>
    </message>
    <message>
        <source>What pays for each instance in a typical week, with the recommended purchase</source>
        <translation>O que paga cada instância em uma semana típica, com a compra recomendada</translation>
    </message>
    <message>
        <source>hour of the week (Mon–Sun)</source>
        <translation>hora da semana (seg–dom)</translation>
    </message>
    <message>
        <source>instances</source>
        <translation>instâncias</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Savings Plan</source>
        <translation>Savings Plan</translation>
    </message>
    <message>
        <source>Spot</source>
        <translation>Spot</translation>
    </message>
    <message>
        <source>Prices from the plan file %1 (edit to try others).</source>
        <translation>Preços do arquivo de plano %1 (edite para testar outros).</translation>
    </message>
    <message>
        <source>%1: cannot write the file</source>
        <translation>%1: não é possível gravar o arquivo</translation>
    </message>
    <message>
        <source>Open a cost plan</source>
        <translation>Abrir um plano de custos</translation>
    </message>
    <message>
        <source>Archdesk plans (*.archdesk-plan.json *.json)</source>
        <translation>Planos do Archdesk (*.archdesk-plan.json *.json)</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>Não é possível abrir o plano</translation>
    </message>
    <message>
        <source>Save the cost plan</source>
        <translation>Salvar o plano de custos</translation>
    </message>
    <message>
        <source>Export the table</source>
        <translation>Exportar a tabela</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>Export the chart shown</source>
        <translation>Exportar o gráfico exibido</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagem PNG (*.png);;Desenho SVG (*.svg)</translation>
    </message>
    <message>
        <source>Hours listed: %1, with %2 instance-hours; the list repeats over the horizon.</source>
        <translation>Horas listadas: %1, com %2 instâncias-hora; a lista se repete ao longo do horizonte.</translation>
    </message>
    <message>
        <source>Prices from %1 (edit to try others).</source>
        <translation>Preços de %1 (edite para testar outros).</translation>
    </message>
</context>
<context>
    <name>archdesk::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Where you stand, what is due, and what to do next.</source>
        <translation>Onde você está, o que está pendente e o que fazer a seguir.</translation>
    </message>
    <message>
        <source>Cards due today</source>
        <translation>Cartões para revisar hoje</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Pendentes nesta semana</translation>
    </message>
    <message>
        <source>New cards</source>
        <translation>Cartões novos</translation>
    </message>
    <message>
        <source>Study streak</source>
        <translation>Sequência de estudos</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Exame</translation>
    </message>
    <message>
        <source>Next best step</source>
        <translation>Próximo passo recomendado</translation>
    </message>
    <message>
        <source>Readiness by exam domain</source>
        <translation>Preparo por domínio do exame</translation>
    </message>
    <message>
        <source>Recent practice exams</source>
        <translation>Simulados recentes</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>realizado</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dia</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dias</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sem data</translation>
    </message>
    <message>
        <source>No blueprint is loaded.</source>
        <translation>Nenhum blueprint carregado.</translation>
    </message>
    <message>
        <source>Your progress cannot be read: %1</source>
        <translation>Não é possível ler seu progresso: %1</translation>
    </message>
    <message>
        <source>Open Settings to see where your data lives.</source>
        <translation>Abra as Configurações para ver onde ficam seus dados.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Configurações</translation>
    </message>
    <message>
        <source>%1 — each bar combines your recent exam results and how well you recall the domain&apos;s cards; the share of the exam is in brackets.</source>
        <translation>%1 — cada barra combina seus resultados recentes nos simulados e o quanto você se lembra dos cartões do domínio; a participação no exame aparece entre parênteses.</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>ainda sem dados</translation>
    </message>
    <message>
        <source>exams: %1% of %2 questions</source>
        <translation>simulados: %1% de %2 questões</translation>
    </message>
    <message>
        <source>cards: %1 of %2 studied</source>
        <translation>cartões: %1 de %2 estudados</translation>
    </message>
    <message>
        <source>Review the card due today before it slips further.</source>
        <translation>Revise o cartão pendente hoje antes que ele atrase ainda mais.</translation>
    </message>
    <message>
        <source>Review the %1 cards due today before they slip further.</source>
        <translation>Revise os %1 cartões pendentes hoje antes que atrasem ainda mais.</translation>
    </message>
    <message>
        <source>Review cards</source>
        <translation>Revisar cartões</translation>
    </message>
    <message>
        <source>Drill &quot;%1&quot;: it holds the largest share of exam points you have not secured yet.</source>
        <translation>Treine &quot;%1&quot;: esse domínio concentra a maior parte dos pontos do exame que você ainda não garantiu.</translation>
    </message>
    <message>
        <source>Practise this domain</source>
        <translation>Praticar este domínio</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>aprovação</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>tentativa</translation>
    </message>
    <message>
        <source>estimated score</source>
        <translation>pontuação estimada</translation>
    </message>
    <message>
        <source>No practice exam yet</source>
        <translation>Nenhum simulado ainda</translation>
    </message>
</context>
<context>
    <name>archdesk::ui::ExamPage</name>
    <message>
        <source>Practice Exam</source>
        <translation>Simulado</translation>
    </message>
    <message>
        <source>Timed practice exams drawn by the blueprint&apos;s domain weights, with a per-domain report.</source>
        <translation>Simulados cronometrados montados conforme os pesos dos domínios do blueprint, com relatório por domínio.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>New practice exam</source>
        <translation>Novo simulado</translation>
    </message>
    <message>
        <source>Blueprint</source>
        <translation>Blueprint</translation>
    </message>
    <message>
        <source>Full exam</source>
        <translation>Exame completo</translation>
    </message>
    <message>
        <source>Custom length</source>
        <translation>Tamanho personalizado</translation>
    </message>
    <message>
        <source>Domain drill</source>
        <translation>Treino por domínio</translation>
    </message>
    <message>
        <source>My mistakes</source>
        <translation>Meus erros</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <source> questions</source>
        <translation> questões</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <source>Timed, at the real exam&apos;s pace</source>
        <translation>Cronometrado, no ritmo do exame real</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Cronômetro</translation>
    </message>
    <message>
        <source>Exam mode: results at the end</source>
        <translation>Modo exame: resultados no final</translation>
    </message>
    <message>
        <source>Review mode: right or wrong after each answer</source>
        <translation>Modo revisão: certo ou errado após cada resposta</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Your attempts</source>
        <translation>Suas tentativas</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Abrir relatório</translation>
    </message>
    <message>
        <source>%1 questions in %2 minutes when timed. Questions you have not seen yet come first.</source>
        <translation>%1 questões em %2 minutos quando cronometrado. As questões que você ainda não viu vêm primeiro.</translation>
    </message>
    <message>
        <source>Your progress cannot be saved (%1), so an exam cannot be started.</source>
        <translation>Não é possível salvar seu progresso (%1), então não é possível iniciar um simulado.</translation>
    </message>
    <message>
        <source>There is no blueprint to draw an exam from.</source>
        <translation>Não há blueprint a partir do qual montar um simulado.</translation>
    </message>
    <message>
        <source>The unfinished exam uses blueprint %1, which is not in the content.</source>
        <translation>O simulado não concluído usa o blueprint %1, que não está no conteúdo.</translation>
    </message>
    <message>
        <source>Blueprint %1 is not in the content.</source>
        <translation>O blueprint %1 não está no conteúdo.</translation>
    </message>
    <message>
        <source>Your progress cannot be saved (%1): practice exams need the database.</source>
        <translation>Não é possível salvar seu progresso (%1): os simulados precisam do banco de dados.</translation>
    </message>
    <message>
        <source>&lt;b&gt;You have an unfinished exam&lt;/b&gt; (%1, %2): %3 of %4 answered, %5 used%6. Resume where you left off?</source>
        <translation>&lt;b&gt;Você tem um simulado não concluído&lt;/b&gt; (%1, %2): %3 de %4 respondidas, tempo usado: %5%6. Retomar de onde parou?</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <source>Estimated scaled score</source>
        <translation>Pontuação escalonada estimada</translation>
    </message>
    <message>
        <source>Pass (750)</source>
        <translation>Aprovação (750)</translation>
    </message>
    <message>
        <source>attempt</source>
        <translation>tentativa</translation>
    </message>
    <message>
        <source>No submitted exams yet: your trend will appear here</source>
        <translation>Nenhum simulado enviado ainda: sua evolução aparecerá aqui</translation>
    </message>
    <message>
        <source>Estimated scaled score per attempt (an estimate)</source>
        <translation>Pontuação escalonada estimada por tentativa (uma estimativa)</translation>
    </message>
    <message>
        <source>Add %1 computed questions</source>
        <translation>Adicionar %1 questões calculadas</translation>
    </message>
    <message>
        <source>A section at the end whose answers Archdesk computes with its own engines: scaling policies, pricing and FSRS.</source>
        <translation>Uma seção no final cujas respostas o Archdesk calcula com os próprios motores: políticas de escalabilidade, preços e FSRS.</translation>
    </message>
    <message>
        <source>Computed practice section</source>
        <translation>Seção de prática calculada</translation>
    </message>
    <message>
        <source>Extra</source>
        <translation>Extra</translation>
    </message>
</context>
<context>
    <name>archdesk::ui::ExamView</name>
    <message>
        <source>Submit now (Enter)</source>
        <translation>Enviar agora (Enter)</translation>
    </message>
    <message>
        <source>Back to the exam (Esc)</source>
        <translation>Voltar ao simulado (Esc)</translation>
    </message>
    <message>
        <source>← Previous (P)</source>
        <translation>← Anterior (P)</translation>
    </message>
    <message>
        <source>Next (N) →</source>
        <translation>Próxima (N) →</translation>
    </message>
    <message>
        <source>Flag (F)</source>
        <translation>Marcar (F)</translation>
    </message>
    <message>
        <source>Submit… (S)</source>
        <translation>Enviar… (S)</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questões</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#cfe8cf&apos;&gt;&amp;nbsp;answered&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#ffd591&apos;&gt;&amp;nbsp;flagged&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#eeeeee&apos;&gt;&amp;nbsp;unanswered&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;background:#cfe8cf&apos;&gt;&amp;nbsp;respondida&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#ffd591&apos;&gt;&amp;nbsp;marcada&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#eeeeee&apos;&gt;&amp;nbsp;sem resposta&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Keys: A–E or 1–6 choose (option F is 6, since F flags) · N next · P previous · F flag · S submit</source>
        <translation>Teclas: A–E ou 1–6 escolhem (a opção F é 6, pois F marca) · N próxima · P anterior · F marcar · S enviar</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Questão %1 de %2</translation>
    </message>
    <message>
        <source>This question is no longer in the bundled content; it will not be scored.</source>
        <translation>Esta questão não está mais no conteúdo incluído; ela não será pontuada.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b style=&apos;color:#1a7f37&apos;&gt;Right.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b style=&apos;color:#1a7f37&apos;&gt;Correto.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b style=&apos;color:#b42318&apos;&gt;Not right.&lt;/b&gt; The answer is %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b style=&apos;color:#b42318&apos;&gt;Incorreto.&lt;/b&gt; A resposta é %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(right)</source>
        <translation>(correta)</translation>
    </message>
    <message>
        <source>(wrong)</source>
        <translation>(incorreta)</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Marcada</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <source>Time used %1</source>
        <translation>Tempo usado %1</translation>
    </message>
    <message>
        <source>Untimed. %1 of %2 answered.</source>
        <translation>Sem cronômetro. %1 de %2 respondidas.</translation>
    </message>
    <message>
        <source>Time left %1</source>
        <translation>Tempo restante %1</translation>
    </message>
    <message>
        <source>At a steady pace of %1 per question you would have done %2 by now; you have answered %3.</source>
        <translation>Em um ritmo constante de %1 por questão, você já teria feito %2; você respondeu %3.</translation>
    </message>
    <message>
        <source>Speed up: flag hard questions and come back to them.</source>
        <translation>Acelere: marque as questões difíceis e volte a elas depois.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unanswered (%1):&lt;/b&gt; %2&lt;br&gt;</source>
        <translation>&lt;b&gt;Sem resposta (%1):&lt;/b&gt; %2&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Flagged (%1):&lt;/b&gt; %2&lt;br&gt;</source>
        <translation>&lt;b&gt;Marcadas (%1):&lt;/b&gt; %2&lt;br&gt;</translation>
    </message>
    <message>
        <source>Every question is answered. Submit the exam?</source>
        <translation>Todas as questões foram respondidas. Enviar o simulado?</translation>
    </message>
    <message>
        <source>An unanswered question counts as wrong. Submit anyway?</source>
        <translation>Uma questão sem resposta conta como errada. Enviar mesmo assim?</translation>
    </message>
</context>
<context>
    <name>archdesk::ui::FaultForm</name>
    <message>
        <source>AZ outage</source>
        <translation>Queda de AZ</translation>
    </message>
    <message>
        <source>Instance failures</source>
        <translation>Falhas de instância</translation>
    </message>
    <message>
        <source>Spot interruptions</source>
        <translation>Interrupções Spot</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>Falha</translation>
    </message>
    <message>
        <source>AZ</source>
        <translation>AZ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Lasts (hours)</source>
        <translation>Dura (horas)</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Termina em</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source> per hour</source>
        <translation> por hora</translation>
    </message>
    <message>
        <source>Probability per hour: of each in-service instance failing, or of each Spot instance being interrupted.</source>
        <translation>Probabilidade por hora: de cada instância em serviço falhar, ou de cada instância Spot ser interrompida.</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taxa</translation>
    </message>
    <message>
        <source>AZ outage — %1, %2 to %3</source>
        <translation>Queda de AZ — %1, %2 até %3</translation>
    </message>
    <message>
        <source>%1 — %2 per hour</source>
        <translation>%1 — %2 por hora</translation>
    </message>
</context>
<context>
    <name>archdesk::ui::FlashcardsPage</name>
    <message>
        <source>Flashcards</source>
        <translation>Flashcards</translation>
    </message>
    <message>
        <source>Review with the FSRS scheduler: Space shows the answer, 1–4 rate it, Ctrl+Z undoes, E edits.</source>
        <translation>Revise com o agendador FSRS: Espaço mostra a resposta, 1–4 a avaliam, Ctrl+Z desfaz, E edita.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Navegar</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estatísticas</translation>
    </message>
</context>
<context>
    <name>archdesk::ui::FlashcardsSession</name>
    <message>
        <source>Your progress database is not available: %1</source>
        <translation>Seu banco de dados de progresso não está disponível: %1</translation>
    </message>
</context>
<context>
    <name>archdesk::ui::HeatmapWidget</name>
    <message>
        <source>Mon</source>
        <translation>Seg</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Qua</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Sex</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) in the last year</source>
        <translation>
            <numerusform>%n revisão no último ano</numerusform>
            <numerusform>%n revisões no último ano</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>archdesk::ui::HelpDialogs</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>O que faz</translation>
    </message>
    <message>
        <source>About Archdesk</source>
        <translation>Sobre o Archdesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Archdesk %1&lt;/h2&gt;&lt;p&gt;Study for the AWS Certified Solutions Architect – Professional exam and plan EC2 fleets, offline.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Content version:&lt;/b&gt; %2 (generated %3)&lt;br&gt;&lt;b&gt;Price data:&lt;/b&gt; AWS Price List, us-east-1, as of 2026-07-20 (imported prices show their own source and date)&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licences:&lt;/b&gt; Archdesk is MIT-licensed. Bundled instance-type specifications and prices are taken from aws/karpenter-provider-aws and kubernetes/autoscaler (Apache-2.0) and ec2instances.info (MIT); AWS publishes the prices and specifications themselves. Questions and flashcards are original text written for Archdesk.&lt;/p&gt;&lt;p&gt;AWS and Amazon EC2 are trademarks of Amazon.com, Inc. or its affiliates. Archdesk is not affiliated with or endorsed by Amazon Web Services.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Archdesk %1&lt;/h2&gt;&lt;p&gt;Estude para o exame AWS Certified Solutions Architect – Professional e planeje frotas EC2, offline.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Versão do conteúdo:&lt;/b&gt; %2 (gerada em %3)&lt;br&gt;&lt;b&gt;Dados de preços:&lt;/b&gt; AWS Price List, us-east-1, em 2026-07-20 (preços importados mostram a própria fonte e data)&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licenças:&lt;/b&gt; o Archdesk é licenciado sob a MIT. As especificações e os preços de tipos de instância incluídos foram obtidos de aws/karpenter-provider-aws e kubernetes/autoscaler (Apache-2.0) e de ec2instances.info (MIT); a própria AWS publica os preços e as especificações. As questões e os flashcards são textos originais escritos para o Archdesk.&lt;/p&gt;&lt;p&gt;AWS e Amazon EC2 são marcas comerciais da Amazon.com, Inc. ou de suas afiliadas. O Archdesk não é afiliado nem endossado pela Amazon Web Services.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>archdesk::ui::HistoryModel</name>
    <message>
        <source>Full exam</source>
        <translation>Exame completo</translation>
    </message>
    <message>
        <source>Custom length</source>
        <translation>Tamanho personalizado</translation>
    </message>
    <message>
        <source>Drill: %1</source>
        <translation>Treino: %1</translation>
    </message>
    <message>
        <source>My mistakes</source>
        <translation>Meus erros</translation>
    </message>
    <message>
        <source>%1, review mode</source>
        <translation>%1, modo revisão</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ainda não</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado em</translation>
    </message>
    <message>
        <source>Blueprint</source>
        <translation>Blueprint</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questões</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Acertos</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimativa</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
</context>
<context>
    <name>archdesk::ui::ImportDialog</name>
    <message>
        <source>Import cards from %1</source>
        <translation>Importar cartões de %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Coluna %1: %2</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Frente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Verso</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Serviços</translation>
    </message>
    <message>
        <source>Problems (these rows are left out):</source>
        <translation>Problemas (estas linhas ficam de fora):</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) ready to import</source>
        <translation>
            <numerusform>%n cartão pronto para importar</numerusform>
            <numerusform>%n cartões prontos para importar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n problem(s)</source>
        <translation>
            <numerusform>, %n problema</numerusform>
            <numerusform>, %n problemas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>archdesk::ui::InstanceTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>General purpose</source>
        <translation>Uso geral</translation>
    </message>
    <message>
        <source>Compute optimized</source>
        <translation>Otimizada para computação</translation>
    </message>
    <message>
        <source>Memory optimized</source>
        <translation>Otimizada para memória</translation>
    </message>
    <message>
        <source>Accelerated computing</source>
        <translation>Computação acelerada</translation>
    </message>
    <message>
        <source>Storage optimized</source>
        <translation>Otimizada para armazenamento</translation>
    </message>
    <message>
        <source>HPC optimized</source>
        <translation>Otimizada para HPC</translation>
    </message>
    <message>
        <source>current</source>
        <translation>atual</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>anterior</translation>
    </message>
    <message>
        <source>Instance type</source>
        <translation>Tipo de instância</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Família</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Geração</translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory (GiB)</source>
        <translation>Memória (GiB)</translation>
    </message>
    <message>
        <source>Price / hour</source>
        <translation>Preço / hora</translation>
    </message>
    <message>
        <source>Price / month</source>
        <translation>Preço / mês</translation>
    </message>
    <message>
        <source>No price known in %1; import a price file (File → Import prices…)</source>
        <translation>Nenhum preço conhecido em %1; importe um arquivo de preços (Arquivo → Importar preços…)</translation>
    </message>
</context>
<context>
    <name>archdesk::ui::JsonListEditor</name>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
</context>
<context>
    <name>archdesk::ui::MainWindow</name>
    <message>
        <source>Archdesk</source>
        <translation>Archdesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Archdesk</source>
        <translation>&amp;Sobre o Archdesk</translation>
    </message>
    <message>
        <source>Content %1: %2 questions, %3 cards</source>
        <translation>Conteúdo %1: %2 questões, %3 cartões</translation>
    </message>
    <message>
        <source>progress cannot be saved: %1</source>
        <translation>não é possível salvar o progresso: %1</translation>
    </message>
    <message>
        <source>Import prices…</source>
        <translation>Importar preços…</translation>
    </message>
    <message>
        <source>Import prices</source>
        <translation>Importar preços</translation>
    </message>
    <message>
        <source>Prices cannot be imported: %1</source>
        <translation>Não é possível importar os preços: %1</translation>
    </message>
    <message>
        <source>Price files (*.json *.csv);;All files (*)</source>
        <translation>Arquivos de preços (*.json *.csv);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>archdesk::ui::PlanForm</name>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Capacidade desejada</translation>
    </message>
    <message>
        <source>AZs (comma-separated)</source>
        <translation>AZs (separadas por vírgulas)</translation>
    </message>
    <message>
        <source>Spot share</source>
        <translation>Parcela de Spot</translation>
    </message>
    <message>
        <source>Duration (hours)</source>
        <translation>Duração (horas)</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instância</translation>
    </message>
    <message>
        <source>type to search, e.g. m5.large</source>
        <translation>digite para buscar, ex.: m5.large</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Capacity (requests/s)</source>
        <translation>Capacidade (requisições/s)</translation>
    </message>
    <message>
        <source>Launch (s)</source>
        <translation>Inicialização (s)</translation>
    </message>
    <message>
        <source>Warm-up (s)</source>
        <translation>Aquecimento (s)</translation>
    </message>
    <message>
        <source>On-Demand (USD/h)</source>
        <translation>On-Demand (USD/h)</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Balanceador de carga</translation>
    </message>
    <message>
        <source>Application (ALB)</source>
        <translation>Application (ALB)</translation>
    </message>
    <message>
        <source>Network (NLB)</source>
        <translation>Network (NLB)</translation>
    </message>
    <message>
        <source>Classic (CLB)</source>
        <translation>Classic (CLB)</translation>
    </message>
    <message>
        <source>Cross-zone load balancing</source>
        <translation>Balanceamento de carga entre zonas</translation>
    </message>
    <message>
        <source>Deregistration delay (s)</source>
        <translation>Atraso de cancelamento de registro (s)</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demanda</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>constante</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>diário</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>semanal</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Base (requests/s)</source>
        <translation>Base (requisições/s)</translation>
    </message>
    <message>
        <source>Peak (requests/s)</source>
        <translation>Pico (requisições/s)</translation>
    </message>
    <message>
        <source>Peak hour (UTC)</source>
        <translation>Hora de pico (UTC)</translation>
    </message>
    <message>
        <source>Noise (%)</source>
        <translation>Ruído (%)</translation>
    </message>
    <message>
        <source>Demand preview</source>
        <translation>Prévia da demanda</translation>
    </message>
    <message>
        <source>Choose an instance type from the catalog.</source>
        <translation>Escolha um tipo de instância do catálogo.</translation>
    </message>
    <message>
        <source>No catalog price for %1 in %2: enter one, or import prices (File → Import prices…).</source>
        <translation>Sem preço no catálogo para %1 em %2: informe um, ou importe preços (Arquivo → Importar preços…).</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Catalog price for %1 in %2: %3</source>
        <translation>Preço do catálogo para %1 em %2: %3</translation>
    </message>
    <message>
        <source>Your price; the catalog has $%1 (%2)</source>
        <translation>Seu preço; o catálogo tem $%1 (%2)</translation>
    </message>
    <message>
        <source>from a CSV file</source>
        <translation>de um arquivo CSV</translation>
    </message>
    <message>
        <source>Weekend factor</source>
        <translation>Fator de fim de semana</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Arquivo CSV</translation>
    </message>
    <message>
        <source>Demand CSV</source>
        <translation>CSV de demanda</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Arquivos CSV (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>time,rps rows; a relative path starts at the plan&apos;s folder</source>
        <translation>linhas tempo,rps; um caminho relativo parte da pasta do plano</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Simulação</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Step (s)</source>
        <translation>Passo (s)</translation>
    </message>
    <message>
        <source>The same plan and seed give the same run: noise, failures and Spot interruptions.</source>
        <translation>O mesmo plano com a mesma semente dá a mesma execução: ruído, falhas e interrupções Spot.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <source>Health-check grace (s)</source>
        <translation>Carência da verificação de integridade (s)</translation>
    </message>
    <message>
        <source>Default cooldown (s)</source>
        <translation>Cooldown padrão (s)</translation>
    </message>
    <message>
        <source>Protected from scale-in</source>
        <translation>Protegidas contra redução</translation>
    </message>
    <message>
        <source>How many of the group&apos;s first instances are protected from scale-in.</source>
        <translation>Quantas das primeiras instâncias do grupo estão protegidas contra a redução da escala.</translation>
    </message>
    <message>
        <source>Spot (USD/h)</source>
        <translation>Spot (USD/h)</translation>
    </message>
    <message>
        <source>Health-check interval (s)</source>
        <translation>Intervalo da verificação de integridade (s)</translation>
    </message>
    <message>
        <source>Healthy threshold</source>
        <translation>Limite íntegro</translation>
    </message>
    <message>
        <source>Unhealthy threshold</source>
        <translation>Limite não íntegro</translation>
    </message>
    <message>
        <source>Replacement batch (× desired)</source>
        <translation>Lote de substituição (× desejada)</translation>
    </message>
    <message>
        <source>Unhealthy instances are replaced at most this share of desired at a time (at least one).</source>
        <translation>Instâncias não íntegras são substituídas no máximo nesta fração da capacidade desejada por vez (pelo menos uma).</translation>
    </message>
    <message>
        <source>Rebalancing overshoot (× max)</source>
        <translation>Excedente no rebalanceamento (× máximo)</translation>
    </message>
    <message>
        <source>AZ rebalancing may run the group above max by this share of max (at least one).</source>
        <translation>O rebalanceamento entre AZs pode levar o grupo acima do máximo nesta fração do máximo (pelo menos uma).</translation>
    </message>
    <message>
        <source>Spot notice (s)</source>
        <translation>Aviso Spot (s)</translation>
    </message>
</context>
<context>
    <name>archdesk::ui::PolicyEditor</name>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>Requests per target</source>
        <translation>Requisições por destino</translation>
    </message>
    <message>
        <source>Target tracking</source>
        <translation>Rastreamento de destino</translation>
    </message>
    <message>
        <source>Step scaling</source>
        <translation>Escalabilidade em etapas</translation>
    </message>
    <message>
        <source>Simple scaling</source>
        <translation>Escalabilidade simples</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Valor de destino</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Disable scale-in</source>
        <translation>Desativar redução</translation>
    </message>
    <message>
        <source>Change in capacity</source>
        <translation>Alteração na capacidade</translation>
    </message>
    <message>
        <source>Exact capacity</source>
        <translation>Capacidade exata</translation>
    </message>
    <message>
        <source>Percent change in capacity</source>
        <translation>Alteração percentual na capacidade</translation>
    </message>
    <message>
        <source>Adjustment type</source>
        <translation>Tipo de ajuste</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>group default</source>
        <translation>padrão do grupo</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Cooldown</source>
        <translation>Cooldown</translation>
    </message>
    <message>
        <source>Without an alarm, the step bounds are relative to this threshold.</source>
        <translation>Sem alarme, os limites das etapas são relativos a este limiar.</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Limiar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>MinAdjustmentMagnitude: a percent change moves at least this many instances.</source>
        <translation>MinAdjustmentMagnitude: uma alteração percentual move pelo menos esta quantidade de instâncias.</translation>
    </message>
    <message>
        <source>Min. magnitude</source>
        <translation>Magnitude mín.</translation>
    </message>
    <message>
        <source>instance warm-up</source>
        <translation>aquecimento da instância</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aquecimento</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Inferior</translation>
    </message>
    <message>
        <source>Upper</source>
        <translation>Superior</translation>
    </message>
    <message>
        <source>Bounds are relative to the alarm threshold; leave one empty for an open end.</source>
        <translation>Os limites são relativos ao limiar do alarme; deixe um vazio para uma ponta aberta.</translation>
    </message>
    <message>
        <source>Add band</source>
        <translation>Adicionar faixa</translation>
    </message>
    <message>
        <source>Remove band</source>
        <translation>Remover faixa</translation>
    </message>
    <message>
        <source>Step bands (bounds relative to the threshold; empty = open end)</source>
        <translation>Faixas de etapa (limites relativos ao limiar; vazio = ponta aberta)</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparação</translation>
    </message>
    <message>
        <source> × 1 min</source>
        <translation> × 1 min</translation>
    </message>
    <message>
        <source>Datapoints</source>
        <translation>Pontos de dados</translation>
    </message>
    <message>
        <source>target tracking</source>
        <translation>rastreamento de destino</translation>
    </message>
    <message>
        <source>step</source>
        <translation>etapas</translation>
    </message>
    <message>
        <source>simple</source>
        <translation>simples</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sem nome</translation>
    </message>
    <message>
        <source>%1 — %2 at %3</source>
        <translation>%1 — %2 em %3</translation>
    </message>
    <message>
        <source>Scale-out datapoints</source>
        <translation>Pontos de dados para expansão</translation>
    </message>
    <message>
        <source>Scale-in datapoints</source>
        <translation>Pontos de dados para redução</translation>
    </message>
    <message>
        <source>Scale in when the metric stays below this fraction of the target.</source>
        <translation>Reduz a escala quando a métrica fica abaixo desta fração do destino.</translation>
    </message>
    <message>
        <source>Scale-in ratio</source>
        <translation>Fração para redução</translation>
    </message>
    <message>
        <source>EstimatedInstanceWarmup: how long an instance counts as warming for this policy once in service; by default, the instance&apos;s warm-up.</source>
        <translation>EstimatedInstanceWarmup: por quanto tempo uma instância em serviço conta como aquecendo para esta política; por padrão, o aquecimento da instância.</translation>
    </message>
</context>
<context>
    <name>archdesk::ui::ReferencePage</name>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>EC2 instance families and prices, the 2016 feature matrix, load balancers, Auto Scaling, pricing models and the exam blueprints.</source>
        <translation>Famílias e preços de instâncias EC2, a matriz de recursos de 2016, balanceadores de carga, Auto Scaling, modelos de preços e os blueprints do exame.</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instâncias</translation>
    </message>
    <message>
        <source>2016 feature matrix</source>
        <translation>Matriz de recursos de 2016</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Tópicos</translation>
    </message>
    <message>
        <source>The instance catalog could not be loaded: %1</source>
        <translation>Não foi possível carregar o catálogo de instâncias: %1</translation>
    </message>
    <message>
        <source>Search instance types (e.g. m4.)</source>
        <translation>Buscar tipos de instância (ex.: m4.)</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Família</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas as categorias</translation>
    </message>
    <message>
        <source>All generations</source>
        <translation>Todas as gerações</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Atual</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Select an instance type to see its family.</source>
        <translation>Selecione um tipo de instância para ver a família dele.</translation>
    </message>
    <message numerus="yes">
        <source>%n type(s)</source>
        <translation>
            <numerusform>%n tipo</numerusform>
            <numerusform>%n tipos</numerusform>
        </translation>
    </message>
    <message>
        <source>## %1 family

</source>
        <translation>## Família %1

</translation>
    </message>
    <message>
        <source>**Class:** %1  
</source>
        <translation>**Classe:** %1  
</translation>
    </message>
    <message>
        <source>**Category:** %1  
</source>
        <translation>**Categoria:** %1  
</translation>
    </message>
    <message>
        <source>**Processor:** %1  
</source>
        <translation>**Processador:** %1  
</translation>
    </message>
    <message>
        <source>**Clock:** %1  
</source>
        <translation>**Clock:** %1  
</translation>
    </message>
    <message>
        <source>**Generation:** %1

</source>
        <translation>**Geração:** %1

</translation>
    </message>
    <message>
        <source>### Characteristics

</source>
        <translation>### Características

</translation>
    </message>
    <message>
        <source>### Use cases

</source>
        <translation>### Casos de uso

</translation>
    </message>
    <message>
        <source>### Sources

</source>
        <translation>### Fontes

</translation>
    </message>
    <message>
        <source>*Source: %1*
</source>
        <translation>*Fonte: %1*
</translation>
    </message>
    <message>
        <source># %1

%2 vCPU, %3 GiB memory, network %4</source>
        <translation># %1

%2 vCPU, %3 GiB de memória, rede %4</translation>
    </message>
    <message>
        <source>, storage %1</source>
        <translation>, armazenamento %1</translation>
    </message>
    <message>
        <source>Networking and storage features of the December-2016 instance families, as in the EC2 User Guide of that time.</source>
        <translation>Recursos de rede e armazenamento das famílias de instâncias de dezembro de 2016, conforme o Guia do usuário do EC2 da época.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>VPC only</source>
        <translation>Somente VPC</translation>
    </message>
    <message>
        <source>EBS only</source>
        <translation>Somente EBS</translation>
    </message>
    <message>
        <source>SSD volumes</source>
        <translation>Volumes SSD</translation>
    </message>
    <message>
        <source>Placement group</source>
        <translation>Placement group</translation>
    </message>
    <message>
        <source>HVM only</source>
        <translation>Somente HVM</translation>
    </message>
    <message>
        <source>Enhanced networking</source>
        <translation>Rede aprimorada</translation>
    </message>
    <message>
        <source># Exam blueprints

</source>
        <translation># Blueprints do exame

</translation>
    </message>
    <message>
        <source>## %1

%2 questions (%3 scored), %4 minutes, passing scaled score %5.

</source>
        <translation>## %1

%2 questões (%3 pontuadas), %4 minutos, pontuação escalonada para aprovação %5.

</translation>
    </message>
    <message>
        <source>| domain | weight |
|---|---|
</source>
        <translation>| domínio | peso |
|---|---|
</translation>
    </message>
    <message>
        <source>Search topics, blueprints and instance families</source>
        <translation>Buscar tópicos, blueprints e famílias de instâncias</translation>
    </message>
    <message>
        <source>Exam blueprints</source>
        <translation>Blueprints do exame</translation>
    </message>
    <message>
        <source>Instance family %1</source>
        <translation>Família de instâncias %1</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nada corresponde a “%1”.</translation>
    </message>
    <message>
        <source>
### References

</source>
        <translation>
### Referências

</translation>
    </message>
    <message>
        <source>Prices of this Region: the bundled prices are us-east-1&apos;s; other Regions come from price files you import (File → Import prices…).</source>
        <translation>Preços desta região: os preços incluídos são os de us-east-1; as outras regiões vêm dos arquivos de preços que você importa (Arquivo → Importar preços…).</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Região:</translation>
    </message>
    <message>
        <source>### Prices in %1 (Linux)

</source>
        <translation>### Preços em %1 (Linux)

</translation>
    </message>
    <message>
        <source>%1, prices of %2</source>
        <translation>%1, preços de %2</translation>
    </message>
    <message>
        <source>**On-Demand:** $%1 per hour, $%L2 per month  
*%3*

</source>
        <translation>**On-Demand:** $%1 por hora, $%L2 por mês  
*%3*

</translation>
    </message>
    <message>
        <source>**On-Demand:** no price known in %1.

</source>
        <translation>**On-Demand:** nenhum preço conhecido em %1.

</translation>
    </message>
    <message>
        <source>**Reserved:** no prices known in %1; import an AWS offer file (File → Import prices…) for the 1- and 3-year terms.

</source>
        <translation>**Reservada:** nenhum preço conhecido em %1; importe um arquivo de ofertas da AWS (Arquivo → Importar preços…) para os prazos de 1 e 3 anos.

</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Convertible</source>
        <translation>Conversível</translation>
    </message>
    <message>
        <source>No Upfront</source>
        <translation>Sem pagamento adiantado</translation>
    </message>
    <message>
        <source>Partial Upfront</source>
        <translation>Pagamento adiantado parcial</translation>
    </message>
    <message>
        <source>All Upfront</source>
        <translation>Pagamento adiantado integral</translation>
    </message>
    <message>
        <source>**Reserved:**

| Term | Payment | Upfront | Hourly | Effective hourly |
|---|---|---:|---:|---:|
</source>
        <translation>**Reservada:**

| Prazo | Pagamento | Adiantado | Por hora | Por hora efetivo |
|---|---|---:|---:|---:|
</translation>
    </message>
    <message numerus="yes">
        <source>%n yr %1</source>
        <translation>
            <numerusform>%n ano %1</numerusform>
            <numerusform>%n anos %1</numerusform>
        </translation>
    </message>
    <message>
        <source>*Effective hourly = upfront / term hours (8,760 per year) + hourly.*

</source>
        <translation>*Por hora efetivo = adiantado / horas do prazo (8.760 por ano) + por hora.*

</translation>
    </message>
    <message>
        <source>### Feature matrix row

</source>
        <translation>### Linha da matriz de recursos

</translation>
    </message>
</context>
<context>
    <name>archdesk::ui::ReportView</name>
    <message>
        <source>Domains</source>
        <translation>Domínios</translation>
    </message>
    <message>
        <source>Time per question</source>
        <translation>Tempo por questão</translation>
    </message>
    <message>
        <source>Review:</source>
        <translation>Revisar:</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Todas as questões</translation>
    </message>
    <message>
        <source>Wrong or unanswered</source>
        <translation>Erradas ou sem resposta</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Marcadas</translation>
    </message>
    <message>
        <source>Back to practice exams</source>
        <translation>Voltar aos simulados</translation>
    </message>
    <message>
        <source>minutes on the question</source>
        <translation>minutos na questão</translation>
    </message>
    <message>
        <source>the exam&apos;s pace</source>
        <translation>ritmo do exame</translation>
    </message>
    <message>
        <source>question</source>
        <translation>questão</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1a7f37&apos;&gt;Pass&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1a7f37&apos;&gt;Aprovado&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b42318&apos;&gt;Not yet a pass&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b42318&apos;&gt;Ainda não aprovado&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt; — estimated scaled score &lt;b&gt;%2&lt;/b&gt; (pass at %3)&lt;/span&gt;&lt;br&gt;&lt;i&gt;The scaled score is an estimate: AWS does not publish how raw scores map to its 100–1000 scale. The exam is passed or failed as a whole, not per domain.&lt;/i&gt;</source>
        <translation>&lt;span style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;%1&lt;/b&gt; — pontuação escalonada estimada &lt;b&gt;%2&lt;/b&gt; (aprovação com %3)&lt;/span&gt;&lt;br&gt;&lt;i&gt;A pontuação escalonada é uma estimativa: a AWS não publica como as pontuações brutas são convertidas para a escala de 100–1000. A aprovação ou reprovação vale para o exame como um todo, não por domínio.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 of %2 right (%3%), %4 unanswered. Time used %5 of %6: %7 per question on average (the exam&apos;s pace is %8); the longest was question %9 at %10.</source>
        <translation>%1 de %2 certas (%3%), %4 sem resposta. Tempo usado: %5 de %6, %7 por questão em média (o ritmo do exame é %8); a mais demorada foi a questão %9, com %10.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where to study next&lt;/b&gt;</source>
        <translation>&lt;b&gt;O que estudar a seguir&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;: %2 of %3 right (%4%); this domain is %5% of the exam.&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;: %2 de %3 certas (%4%); este domínio representa %5% do exame.&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Drill %1</source>
        <translation>Treinar %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Every question right.&lt;/b&gt; Try a full exam, or a longer one.</source>
        <translation>&lt;b&gt;Todas as questões certas.&lt;/b&gt; Tente um exame completo ou um simulado mais longo.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Services behind the wrong answers: %1.&lt;br&gt;</source>
        <translation>Serviços envolvidos nas respostas erradas: %1.&lt;br&gt;</translation>
    </message>
    <message>
        <source>Every wrong answer is now a flashcard (due today), and &lt;i&gt;My mistakes&lt;/i&gt; drills them again.</source>
        <translation>Cada resposta errada agora é um flashcard (pendente hoje), e o modo &lt;i&gt;Meus erros&lt;/i&gt; treina essas questões novamente.</translation>
    </message>
    <message>
        <source>Practise my mistakes</source>
        <translation>Praticar meus erros</translation>
    </message>
    <message>
        <source>% right</source>
        <translation>% de acertos</translation>
    </message>
    <message>
        <source>% of the exam (blueprint weight)</source>
        <translation>% do exame (peso no blueprint)</translation>
    </message>
    <message>
        <source>D%1 (%2 q)</source>
        <translation>D%1 (%2 q)</translation>
    </message>
    <message>
        <source>Per domain: your % right against the blueprint&apos;s weight</source>
        <translation>Por domínio: seu % de acertos comparado ao peso no blueprint</translation>
    </message>
    <message>
        <source>D%1 %2</source>
        <translation>D%1 %2</translation>
    </message>
    <message>
        <source>Every domain</source>
        <translation>Todos os domínios</translation>
    </message>
    <message>
        <source>This question is no longer in the bundled content.</source>
        <translation>Esta questão não está mais no conteúdo incluído.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Question %1&lt;/b&gt; · %2 · &lt;span style=&apos;color:gray&apos;&gt;%3&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Questão %1&lt;/b&gt; · %2 · &lt;span style=&apos;color:gray&apos;&gt;%3&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Your answer: &lt;b&gt;%1&lt;/b&gt; · right answer: &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sua resposta: &lt;b&gt;%1&lt;/b&gt; · resposta certa: &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>right</source>
        <translation>certa</translation>
    </message>
    <message>
        <source>wrong</source>
        <translation>errada</translation>
    </message>
    <message>
        <source>, your choice</source>
        <translation>, sua escolha</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Read more&lt;/b&gt; (opens in your browser):&lt;br&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Saiba mais&lt;/b&gt; (abre no navegador):&lt;br&gt;</translation>
    </message>
</context>
<context>
    <name>archdesk::ui::ReviewModel</name>
    <message>
        <source>D%1</source>
        <translation>D%1</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Certa</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Errada</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Não pontuada</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Marcada</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Sua resposta</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Resposta certa</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Marcação</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
</context>
<context>
    <name>archdesk::ui::ReviewWidget</name>
    <message>
        <source>Deck:</source>
        <translation>Baralho:</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Desfazer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Edit (E)</source>
        <translation>Editar (E)</translation>
    </message>
    <message>
        <source>Show answer (Space)</source>
        <translation>Mostrar resposta (Espaço)</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>De novo</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difícil</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bom</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message>
        <source>%1 (key %2)</source>
        <translation>%1 (tecla %2)</translation>
    </message>
    <message>
        <source>All cards</source>
        <translation>Todos os cartões</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#1a73e8&apos;&gt;New %1&lt;/span&gt; · &lt;span style=&apos;color:#c5221f&apos;&gt;Learning %2&lt;/span&gt; · &lt;span style=&apos;color:#188038&apos;&gt;Review %3&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1a73e8&apos;&gt;Novos %1&lt;/span&gt; · &lt;span style=&apos;color:#c5221f&apos;&gt;Aprendendo %2&lt;/span&gt; · &lt;span style=&apos;color:#188038&apos;&gt;Revisão %3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1 meses</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 anos</translation>
    </message>
    <message>
        <source>&lt;b&gt;All done for now.&lt;/b&gt;&lt;br&gt;No cards are due. New cards and reviews come back tomorrow; learning cards when their step is due.</source>
        <translation>&lt;b&gt;Tudo feito por enquanto.&lt;/b&gt;&lt;br&gt;Não há cartões pendentes. Cartões novos e revisões voltam amanhã; cartões em aprendizado, quando chegar a hora da etapa deles.</translation>
    </message>
    <message>
        <source>Review not saved</source>
        <translation>Revisão não salva</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Editar cartão</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Frente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Verso</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Card not saved</source>
        <translation>Cartão não salvo</translation>
    </message>
</context>
<context>
    <name>archdesk::ui::ScalingPlannerPage</name>
    <message>
        <source>Scaling Planner</source>
        <translation>Planejador de escalabilidade</translation>
    </message>
    <message>
        <source>Sketch an Auto Scaling group behind a load balancer, its policies and the demand it faces; every edit re-runs the simulation.</source>
        <translation>Esboce um grupo do Auto Scaling atrás de um balanceador de carga, suas políticas e a demanda que ele enfrenta; cada edição executa a simulação novamente.</translation>
    </message>
    <message>
        <source>Open plan…</source>
        <translation>Abrir plano…</translation>
    </message>
    <message>
        <source>Save plan…</source>
        <translation>Salvar plano…</translation>
    </message>
    <message>
        <source>Export charts (PNG/SVG)…</source>
        <translation>Exportar gráficos (PNG/SVG)…</translation>
    </message>
    <message>
        <source>Export series CSV…</source>
        <translation>Exportar séries em CSV…</translation>
    </message>
    <message>
        <source>Open scaling plan</source>
        <translation>Abrir plano de escalabilidade</translation>
    </message>
    <message>
        <source>Archdesk plans (*.archdesk-plan.json *.json)</source>
        <translation>Planos do Archdesk (*.archdesk-plan.json *.json)</translation>
    </message>
    <message>
        <source>Save scaling plan</source>
        <translation>Salvar plano de escalabilidade</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>Exportar gráficos</translation>
    </message>
    <message>
        <source>PNG (*.png);;SVG (*.svg)</source>
        <translation>PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export series</source>
        <translation>Exportar séries</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Políticas</translation>
    </message>
    <message>
        <source>Demand vs capacity served (requests/s)</source>
        <translation>Demanda vs. capacidade atendida (requisições/s)</translation>
    </message>
    <message>
        <source>Instances by state, stacked per AZ</source>
        <translation>Instâncias por estado, empilhadas por AZ</translation>
    </message>
    <message>
        <source>CPU % with target and alarm thresholds</source>
        <translation>CPU % com os limites de destino e de alarme</translation>
    </message>
    <message>
        <source>Unserved demand (requests/s)</source>
        <translation>Demanda não atendida (requisições/s)</translation>
    </message>
    <message>
        <source>Activity history</source>
        <translation>Histórico de atividades</translation>
    </message>
    <message>
        <source>%1: expected a plan object</source>
        <translation>%1: era esperado um objeto de plano</translation>
    </message>
    <message>
        <source>The plan is not simulated until these are fixed:
%1</source>
        <translation>O plano não será simulado até que estes problemas sejam corrigidos:
%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Max instances&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Instance-hours&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Demand served&lt;/b&gt; %3% &amp;nbsp; &lt;b&gt;Unserved requests&lt;/b&gt; %4 &amp;nbsp; &lt;b&gt;Scaling activities&lt;/b&gt; %5 &amp;nbsp; &lt;b&gt;Cost&lt;/b&gt; $%6&lt;br&gt;&lt;small&gt;%7&lt;/small&gt;</source>
        <translation>&lt;b&gt;Máx. de instâncias&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;Instâncias-hora&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;Demanda atendida&lt;/b&gt; %3% &amp;nbsp; &lt;b&gt;Requisições não atendidas&lt;/b&gt; %4 &amp;nbsp; &lt;b&gt;Atividades de escalabilidade&lt;/b&gt; %5 &amp;nbsp; &lt;b&gt;Custo&lt;/b&gt; $%6&lt;br&gt;&lt;small&gt;%7&lt;/small&gt;</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>demanda</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacidade</translation>
    </message>
    <message>
        <source>served</source>
        <translation>atendida</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendentes</translation>
    </message>
    <message>
        <source>terminating</source>
        <translation>em encerramento</translation>
    </message>
    <message>
        <source>desired</source>
        <translation>desejada</translation>
    </message>
    <message>
        <source>instances</source>
        <translation>instâncias</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>unserved</source>
        <translation>não atendida</translation>
    </message>
    <message>
        <source>Open in Cost Planner</source>
        <translation>Abrir no Planejador de Custos</translation>
    </message>
    <message>
        <source>Price the simulated fleet&apos;s instance-hours, hour by hour, with Reserved Instances, Savings Plans and Spot.</source>
        <translation>Precifica as instâncias-hora da frota simulada, hora a hora, com Instâncias Reservadas, Savings Plans e Spot.</translation>
    </message>
    <message>
        <source>No scaling policies: the group stays at its desired capacity.</source>
        <translation>Sem políticas de escalabilidade: o grupo fica na capacidade desejada.</translation>
    </message>
    <message>
        <source>No scheduled actions.</source>
        <translation>Sem ações programadas.</translation>
    </message>
    <message>
        <source>Scheduled actions</source>
        <translation>Ações programadas</translation>
    </message>
    <message>
        <source>No faults: every AZ and instance stays healthy.</source>
        <translation>Sem falhas: todas as AZs e instâncias permanecem íntegras.</translation>
    </message>
    <message>
        <source>Faults</source>
        <translation>Falhas</translation>
    </message>
    <message>
        <source>the Scaling Planner&apos;s simulated fleet</source>
        <translation>a frota simulada do Planejador de Escalabilidade</translation>
    </message>
    <message>
        <source>billing engine, hour by hour (On-Demand per second, reservations and Savings Plans applied) + Spot hours × the Spot price</source>
        <translation>mecanismo de faturamento, hora a hora (On-Demand por segundo, reservas e Savings Plans aplicados) + horas Spot × o preço Spot</translation>
    </message>
    <message>
        <source>Instances by state, stacked per AZ (daily means)</source>
        <translation>Instâncias por estado, empilhadas por AZ (médias diárias)</translation>
    </message>
    <message>
        <source>Instances by state, stacked per AZ (means of %1 days)</source>
        <translation>Instâncias por estado, empilhadas por AZ (médias de %1 dias)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>%1: cannot write the file</source>
        <translation>%1: não é possível gravar o arquivo</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation>%1: não é possível gravar o arquivo (%2)</translation>
    </message>
    <message>
        <source>Nothing to export yet: the plan has not been simulated.</source>
        <translation>Nada a exportar ainda: o plano não foi simulado.</translation>
    </message>
    <message>
        <source>Requests per target</source>
        <translation>Requisições por destino</translation>
    </message>
    <message>
        <source>Metric chart:</source>
        <translation>Gráfico da métrica:</translation>
    </message>
    <message>
        <source>Requests per target (per minute) with target and alarm thresholds</source>
        <translation>Requisições por destino (por minuto) com os limites de destino e de alarme</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>destino %1</translation>
    </message>
    <message>
        <source>scale-in %1</source>
        <translation>redução %1</translation>
    </message>
    <message>
        <source>alarm %1 %2</source>
        <translation>alarme %1 %2</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>limiar %1</translation>
    </message>
    <message>
        <source>req/min</source>
        <translation>req/min</translation>
    </message>
    <message>
        <source>requests per target</source>
        <translation>requisições por destino</translation>
    </message>
</context>
<context>
    <name>archdesk::ui::ScheduledActionForm</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Recurring (cron, UTC)</source>
        <translation>Recorrente (cron, UTC)</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Uma vez</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>minute hour day-of-month month day-of-week, in UTC; *, lists, ranges and /steps</source>
        <translation>minuto hora dia-do-mês mês dia-da-semana, em UTC; *, listas, intervalos e /passos</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Recorrência</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inalterado</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Máximo</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Capacidade desejada</translation>
    </message>
    <message>
        <source>min %1</source>
        <translation>mín %1</translation>
    </message>
    <message>
        <source>max %1</source>
        <translation>máx %1</translation>
    </message>
    <message>
        <source>desired %1</source>
        <translation>desejado %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation>sem nome</translation>
    </message>
</context>
<context>
    <name>archdesk::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Appearance, study limits, your exam date, and the safety of your progress.</source>
        <translation>Aparência, limites de estudo, a data do seu exame e a segurança do seu progresso.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudo</translation>
    </message>
    <message>
        <source>Desired retention</source>
        <translation>Retenção desejada</translation>
    </message>
    <message>
        <source>The probability of recalling a card when it comes due. Higher means more reviews.</source>
        <translation>A probabilidade de lembrar um cartão quando chega a hora de revisá-lo. Quanto maior, mais revisões.</translation>
    </message>
    <message>
        <source>New cards per day</source>
        <translation>Cartões novos por dia</translation>
    </message>
    <message>
        <source>Reviews per day</source>
        <translation>Revisões por dia</translation>
    </message>
    <message>
        <source>Default blueprint</source>
        <translation>Blueprint padrão</translation>
    </message>
    <message>
        <source>I have booked my exam for</source>
        <translation>Agendei meu exame para</translation>
    </message>
    <message>
        <source>Exam date</source>
        <translation>Data do exame</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Seus dados</translation>
    </message>
    <message>
        <source>Progress database</source>
        <translation>Banco de dados de progresso</translation>
    </message>
    <message>
        <source>Bundled content</source>
        <translation>Conteúdo incluído</translation>
    </message>
    <message>
        <source>Backups (one a day, last %1 kept)</source>
        <translation>Backups (um por dia, os últimos %1 são mantidos)</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Fazer backup agora</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Reset progress…</source>
        <translation>Redefinir progresso…</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurar backup</translation>
    </message>
    <message>
        <source>Replace your current progress with the backup %1? Your current database is kept as a copy.</source>
        <translation>Substituir seu progresso atual pelo backup %1? Seu banco de dados atual será mantido como cópia.</translation>
    </message>
    <message>
        <source>Reset progress</source>
        <translation>Redefinir progresso</translation>
    </message>
    <message>
        <source>Delete every review and exam attempt? A backup is made first, so this can be undone with Restore.</source>
        <translation>Excluir todas as revisões e tentativas de simulado? Um backup é feito antes, então isso pode ser desfeito com Restaurar.</translation>
    </message>
    <message>
        <source>Daily backup failed: %1</source>
        <translation>Falha no backup diário: %1</translation>
    </message>
    <message>
        <source>no backups yet</source>
        <translation>nenhum backup ainda</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Backup salvo em %1</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Falha no backup: %1</translation>
    </message>
    <message>
        <source>Restore failed, nothing was changed: %1</source>
        <translation>Falha na restauração, nada foi alterado: %1</translation>
    </message>
    <message>
        <source>Restored, but the database cannot be opened: %1</source>
        <translation>Restaurado, mas não é possível abrir o banco de dados: %1</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>%1 restaurado.</translation>
    </message>
    <message>
        <source>Nothing was reset: the backup before resetting failed: %1</source>
        <translation>Nada foi redefinido: o backup anterior à redefinição falhou: %1</translation>
    </message>
    <message>
        <source>Reset failed, nothing was changed: %1</source>
        <translation>Falha na redefinição, nada foi alterado: %1</translation>
    </message>
    <message>
        <source>Progress reset. The backup %1 holds what was there.</source>
        <translation>Progresso redefinido. O backup %1 contém o que havia antes.</translation>
    </message>
    <message>
        <source>Spread review intervals a little (fuzz), so cards learnt together do not stay together</source>
        <translation>Espalhar um pouco os intervalos de revisão (fuzz), para que cartões aprendidos juntos não fiquem sempre juntos</translation>
    </message>
    <message>
        <source>Fuzz intervals</source>
        <translation>Aplicar fuzz aos intervalos</translation>
    </message>
    <message>
        <source>Intervals</source>
        <translation>Intervalos</translation>
    </message>
</context>
<context>
    <name>archdesk::ui::Shortcuts</name>
    <message>
        <source>Everywhere</source>
        <translation>Em qualquer lugar</translation>
    </message>
    <message>
        <source>Go to Dashboard, Flashcards, Practice Exam, Cost Planner, Scaling Planner, Reference, Settings</source>
        <translation>Ir para Painel, Flashcards, Simulado, Planejador de custos, Planejador de escalabilidade, Referência, Configurações</translation>
    </message>
    <message>
        <source>This list of keyboard shortcuts</source>
        <translation>Esta lista de atalhos de teclado</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Import a price file (AWS offer file JSON/CSV or instances.json)</source>
        <translation>Importar um arquivo de preços (arquivo de oferta da AWS em JSON/CSV ou instances.json)</translation>
    </message>
    <message>
        <source>Flashcards — review</source>
        <translation>Flashcards — revisão</translation>
    </message>
    <message>
        <source>Practice exam</source>
        <translation>Simulado</translation>
    </message>
    <message>
        <source>Show the answer; once shown, rate Good</source>
        <translation>Mostrar a resposta; depois de mostrada, avaliar como Bom</translation>
    </message>
    <message>
        <source>Rate Again / Hard / Good / Easy</source>
        <translation>Avaliar De novo / Difícil / Bom / Fácil</translation>
    </message>
    <message>
        <source>Undo the last rating</source>
        <translation>Desfazer a última avaliação</translation>
    </message>
    <message>
        <source>Edit the current card</source>
        <translation>Editar o cartão atual</translation>
    </message>
    <message>
        <source>Select an option (F flags, so the sixth option is 6)</source>
        <translation>Selecionar uma opção (F marca a questão, então a sexta opção é 6)</translation>
    </message>
    <message>
        <source>Next and previous question</source>
        <translation>Próxima e anterior questão</translation>
    </message>
    <message>
        <source>Flag the question for review</source>
        <translation>Marcar a questão para revisão</translation>
    </message>
    <message>
        <source>Submit: lists unanswered and flagged questions first</source>
        <translation>Enviar: lista primeiro as questões sem resposta e as marcadas</translation>
    </message>
</context>
<context>
    <name>archdesk::ui::StandardPages</name>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>Flashcards</source>
        <translation>Flashcards</translation>
    </message>
    <message>
        <source>Practice Exam</source>
        <translation>Simulado</translation>
    </message>
    <message>
        <source>Cost Planner</source>
        <translation>Planejador de custos</translation>
    </message>
    <message>
        <source>Scaling Planner</source>
        <translation>Planejador de escalabilidade</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
</context>
<context>
    <name>archdesk::ui::StatisticsWidget</name>
    <message>
        <source>Reviews per day</source>
        <translation>Revisões por dia</translation>
    </message>
    <message>
        <source>True retention (passed reviews of learned cards)</source>
        <translation>Retenção real (revisões com acerto de cartões aprendidos)</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Últimos 365 dias</translation>
    </message>
    <message>
        <source>Young (&lt; 21 d)</source>
        <translation>Jovens (&lt; 21 d)</translation>
    </message>
    <message>
        <source>Mature (≥ 21 d)</source>
        <translation>Maduros (≥ 21 d)</translation>
    </message>
    <message>
        <source>Retention per exam domain (SAP-C02, last year)</source>
        <translation>Retenção por domínio do exame (SAP-C02, último ano)</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retenção</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisões</translation>
    </message>
    <message>
        <source>Export charts as PNG…</source>
        <translation>Exportar gráficos como PNG…</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>Exportar gráficos</translation>
    </message>
    <message>
        <source>flashcards.png</source>
        <translation>flashcards.png</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; new · &lt;b&gt;%2&lt;/b&gt; learning · &lt;b&gt;%3&lt;/b&gt; review · &lt;b&gt;%4&lt;/b&gt; suspended</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; novos · &lt;b&gt;%2&lt;/b&gt; em aprendizado · &lt;b&gt;%3&lt;/b&gt; em revisão · &lt;b&gt;%4&lt;/b&gt; suspensos</translation>
    </message>
    <message>
        <source>Cards due</source>
        <translation>Cartões pendentes</translation>
    </message>
    <message>
        <source>Due in the next 30 days (day of the month; today includes overdue cards)</source>
        <translation>Pendentes nos próximos 30 dias (dia do mês; hoje inclui cartões atrasados)</translation>
    </message>
</context>
<context>
    <name>archdesk::ui::TimeAxis</name>
    <message>
        <source>Mon</source>
        <translation>Seg</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Ter</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Qua</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>month/day on a chart&apos;s time axis</comment>
        <translation>%2/%1</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Fev</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Abr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Set</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dez</translation>
    </message>
</context>
</TS>
