# draft: machine-assisted first translation, to be reviewed by a native speaker
# m4m — Português. A referência é o ficheiro inglês en.ftl: cada chave dele
# tem de existir em todas as traduções completas.

## A moldura de cada página
app-name = m4m
app-tagline = Buddy System: pessoas recém-chegadas e mentores voluntários, lado a lado
skip-to-content = Saltar para o conteúdo
nav-home = Início
nav-organisations = Organizações
nav-users = Contas
nav-outbox = Mensagens enviadas
nav-invite = Convidar alguém
nav-login = Entrar
nav-logout = Sair
language-switcher = Língua
language-choose = Escolher esta língua
signed-in-as = Sessão iniciada como { $name }
footer-text = O m4m ajuda as organizações a gerir a mentoria entre pares para pessoas recém-chegadas. Os seus dados ficam na sua organização.

## Os dez passos
step-1 = Informar as partes interessadas
step-2 = Recrutamento e inscrição
step-3 = Autoavaliação inicial
step-4 = Pré-emparelhamento
step-5 = Formação
step-6 = Emparelhamento e primeiro encontro
step-7 = Encontros entre pares
step-8 = Supervisão
step-9 = Acompanhamento dos progressos
step-10 = Avaliação final
step-number = Passo { $number }

## Funções
role-administrator = Administrador/a
role-coordinator = Coordenador/a
role-supervisor = Supervisor/a
role-trainer = Formador/a
role-mentor = Mentor/a
role-mentee = Pessoa recém-chegada
role-evaluator = Avaliador/a

## Página inicial
landing-title = Mentoria entre pares para pessoas recém-chegadas
landing-intro = Num Buddy System, um mentor ou uma mentora voluntária — muitas vezes alguém que chegou alguns anos antes — ajuda uma pessoa recém-chegada a dar passos rumo à autonomia: deslocar-se, encontrar os serviços públicos, praticar a língua, procurar trabalho ou casa. Profissionais de intervenção social juntam-nos e acompanham-nos.
landing-staff = Profissionais, mentores e pessoas recém-chegadas com conta entram aqui.

## Entrada
login-title = Entrar
login-email = Endereço de e-mail
login-password = Palavra-passe
login-submit = Entrar
login-failed = O endereço de e-mail ou a palavra-passe estão errados. Verifique os dois e tente novamente.
login-throttled = Demasiadas tentativas. Aguarde 15 minutos e tente novamente.
login-expired = A sua sessão terminou. Entre novamente, por favor.
logged-out = Saiu da sua conta.

## Páginas iniciais
home-title = Início
home-welcome = Bem-vindo/a, { $name }
home-no-role = A sua conta ainda não tem uma função. Peça à coordenação que lhe atribua uma.
home-programmes = Os seus programas
home-no-programmes = Ainda não há nenhum programa.
home-new-programme = Criar um programa
home-people-per-step = Pessoas em cada passo
home-people-total = { $count ->
    [0] Ainda ninguém
    [one] Uma pessoa
   *[other] { $count } pessoas
}
home-mentors-of-target = Mentores: { $count } de { $target }
home-mentees-of-target = Pessoas recém-chegadas: { $count } de { $target }
home-open-programme = Abrir o programa
home-your-newcomers = As pessoas recém-chegadas que acompanha
home-no-newcomers = Ainda não forma dupla com uma pessoa recém-chegada. A coordenação vai avisá-lo/a quando for proposto um emparelhamento.
home-your-buddy = O seu mentor ou a sua mentora
home-no-buddy = Ainda não tem mentor/a. A coordenação está a procurar consigo.
home-next-sessions = Próximos encontros
home-no-sessions = Nenhum encontro marcado.
home-next-session = Próximo encontro: { $when }
home-your-goals = Os seus objetivos
home-no-goals = Ainda não há objetivos. Vai escolhê-los com o seu mentor ou a sua mentora.
home-goal-progress = { $progress } % concluído
home-speaks = Fala: { $languages }
home-area = Zona: { $area }
home-supervised = Mentores que supervisiona
home-no-supervised = Ainda não lhe foi atribuído nenhum mentor.
home-active-pairs = { $count ->
    [0] nenhuma dupla ativa
    [one] uma dupla ativa
   *[other] { $count } duplas ativas
}
home-training = Mentores em formação
home-in-training = { $count ->
    [0] Ninguém em formação
    [one] Um/a mentor/a em formação
   *[other] { $count } mentores em formação
}
home-organisations = Organizações
home-accounts = { $count ->
    [0] Nenhuma conta
    [one] Uma conta
   *[other] { $count } contas
}
home-figures = Números de todas as organizações
home-figures-note = Apenas totais: sem nomes, sem dados pessoais.

session-mode-in_person = presencial
session-mode-online = online
session-mode-phone = por telefone
session-at = { $when }, { $mode }
session-at-place = { $when }, { $mode }, { $place }

## Programas
programme-title = Programa
programme-status = Estado
programme-status-draft = Rascunho
programme-status-recruiting = Inscrições abertas
programme-status-running = Em curso
programme-status-closed = Encerrado
programme-dates = De { $start } a { $end }
programme-languages = Línguas
programme-organisation = Organização
programme-participants = Pessoas neste programa
programme-no-participants = Ainda ninguém se inscreveu.
programme-kind = Função
programme-name = Nome
programme-origin = País de origem
programme-native = Primeira língua
programme-area = Zona
programme-step = Passo
programme-new-title = Novo programa
programme-field-name = Nome do programa
programme-field-description = Descrição
programme-field-languages = Línguas faladas (códigos separados por vírgulas: fr, ar, prs)
programme-field-starts = Primeiro dia
programme-field-ends = Último dia
programme-field-target-mentors = Mentores a recrutar
programme-field-target-mentees = Pessoas recém-chegadas a acompanhar
programme-field-organisation = Organização
programme-create = Criar o programa
programme-created = O programa foi criado.

## Convites
invite-title = Convidar alguém
invite-intro = A pessoa recebe uma ligação, válida durante 7 dias, para escolher uma palavra-passe. Uma pessoa pode ter várias funções.
invite-email = O endereço de e-mail da pessoa
invite-name = O nome da pessoa
invite-role = Função
invite-organisation = Organização
invite-submit = Enviar o convite
invite-sent = O convite está a caminho de { $email }.
invite-link-once = Também pode enviar esta ligação pessoalmente (por SMS, por exemplo). Só é mostrada uma vez:
invite-mail-subject = O seu convite para o m4m
invite-mail-body = Olá { $name },

    { $inviter } convida-o/a a juntar-se ao m4m como { $role }.
    Escolha a sua palavra-passe com esta ligação (válida durante 7 dias, só pode ser usada uma vez):

    { $link }
accept-title = Bem-vindo/a ao m4m
accept-intro = Foi convidado/a como { $role }. Escolha a sua palavra-passe para começar.
accept-organisation = Organização: { $organisation }
accept-password = Escolha uma palavra-passe (pelo menos 8 caracteres)
accept-password-again = A mesma palavra-passe outra vez
accept-submit = Guardar e continuar
accept-gone = Esta ligação de convite expirou ou já foi usada. Peça uma nova à pessoa que o/a convidou.

## Administração
admin-organisations-title = Organizações
admin-organisation-name = Nome
admin-organisation-country = País (duas letras: FR, GR)
admin-organisation-languages = Línguas (códigos separados por vírgulas)
admin-organisation-programmes = Programas
admin-organisation-members = Contas
admin-organisation-create = Adicionar a organização
admin-organisation-created = A organização foi adicionada.
admin-users-title = Contas
admin-user-name = Nome
admin-user-email = E-mail
admin-user-roles = Funções
admin-user-inactive = inativa
admin-outbox-title = Mensagens enviadas
admin-outbox-intro = Sem um servidor de correio, as mensagens ficam aqui à espera. Configure o SMTP para as enviar.
admin-outbox-empty = Nenhuma mensagem.
admin-outbox-to = Para
admin-outbox-subject = Assunto
admin-outbox-date = Data
installation-wide = toda a instalação

figures-organisation = Organização
figures-country = País
figures-programmes = Programas
figures-mentors = Mentores
figures-mentees = Pessoas recém-chegadas
figures-active-pairs = Duplas ativas

## Formulários e erros
form-fix-errors = Alguns campos precisam da sua atenção:
form-required-mark = obrigatório
error-required = Este campo é obrigatório.
error-too-long = O texto é demasiado longo.
error-control-characters = O texto contém caracteres que não são permitidos.
error-email-invalid = Escreva um endereço de e-mail como nome@example.org.
error-email-taken = Já existe uma conta com este endereço de e-mail.
error-password-short = A palavra-passe precisa de pelo menos 8 caracteres.
error-password-mismatch = As duas palavras-passe não são iguais.
error-country-invalid = Escreva o código do país com duas letras, como FR ou GR.
error-language-code = Escreva códigos de língua com duas ou três letras, separados por vírgulas (fr, ar, prs).
error-date-invalid = Escreva uma data no formato ano-mês-dia, como 2026-09-01.
error-end-before-start = O último dia não pode ser antes do primeiro dia.
error-count-invalid = Escreva um número inteiro de 0 a 100 000.
error-choice-invalid = Escolha uma das opções apresentadas.

error-title = Algo correu mal
error-400-title = Este pedido não pode ser usado
error-400-text = Há algo errado no pedido. Volte atrás e verifique o que escreveu.
error-401-title = Entre na sua conta
error-401-text = Tem de entrar na sua conta para ver esta página.
error-403-title = Não permitido
error-403-text = Não tem permissão para ver ou fazer isto. Se acha que deveria ter, fale com a coordenação.
error-404-title = Página não encontrada
error-404-text = Esta página não existe, ou não tem acesso a ela.
error-405-title = Não é possível aqui
error-405-text = Este endereço não pode ser usado desta forma.
error-410-title = Já não está disponível
error-413-title = Demasiados dados
error-413-text = O que enviou é demasiado grande. Envie menos de cada vez.
error-429-title = Demasiadas tentativas
error-500-title = Algo correu mal do nosso lado
error-500-text = O problema foi registado. Tente novamente daqui a pouco; se continuar a acontecer, avise a coordenação.
error-csrf = Este formulário expirou. Volte atrás, recarregue a página e envie-o novamente.
error-unknown-language = Esta língua não está disponível: { $code }. Escolha uma das línguas apresentadas.
error-back-home = Voltar à página inicial
